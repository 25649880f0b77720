"""The stream reader's cell grouping against a plain enumeration of every split, on real forms.

The dynamic programme prunes, memoises and relies on the order cuts enter its layers; this
enumeration does none of that, so the two agreeing on every stretch of the seed and the corpus
pins the answer and its tie rules (earlier pattern, then the earliest start of the last cell,
then of the cell before it, …).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import jixiao.readers.text.grouping as grouping
from jixiao.readers import read_text
from jixiao.readers.text.cells import Stretch
from jixiao.readers.text.grouping import Search

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
TEXTS = [
    SHARED / "seed" / "000_3e20b20a8ba254db.txt",
    *sorted((SHARED / "corpus" / "dev").glob("*.txt")),
]


def _splits(search: Search, roles: int, a: int = 0) -> Iterator[list[int]]:
    """Every list of cell ends (the last one n) a split into ``roles`` cells may use."""
    n = len(search.buf)
    for b in search._spans[a]:
        if roles == 1:
            if b == n:
                yield [b]
        elif b < n:
            for rest in _splits(search, roles - 1, b):
                yield [b, *rest]


def _role_cost(
    search: Search, stretch: Stretch, role: str, a: int, b: int, column: int | None
) -> float:
    """The cost of one cell as the grouping defines it, from the unmemoised pieces."""
    cost = stretch.cell_cost(a, b, column)
    if b < len(search.buf):
        cost += stretch.boundary_cost(b, column)
    dev, prose, target = grouping._text_traits("".join(f.text for f in search.buf[a:b]))
    if role == "dev" and not dev:
        cost += grouping._ROLE_COST
    if role == "name" and prose:
        cost += grouping._ROLE_COST
    if role == "target" and not target and dev:
        cost += grouping._ROLE_COST / 2
    return cost


def _reference(search: Search, widths: dict[str, int]) -> list[tuple[str, int, int]] | None:
    best: tuple[float, int, tuple[int, ...], list[tuple[str, int, int]]] | None = None
    stretch = Stretch(search.buf)
    for order, pattern in enumerate(grouping._PATTERNS[search.fresh]):
        extra = 0.0 if "name" in pattern else grouping._INHERIT_COST
        for ends in _splits(search, len(pattern)):
            starts = [0, *ends[:-1]]
            total = 0.0
            for role, a, b in zip(pattern, starts, ends, strict=True):
                total += _role_cost(search, stretch, role, a, b, widths.get(role))
            total += extra
            # Cheapest; then the earlier pattern; then the earliest starts read from the end.
            key = (total, order, tuple(reversed(starts)))
            if best is None or key < best[:3]:
                cells = list(zip(pattern, starts, ends, strict=True))
                best = (*key, cells)
    return None if best is None else best[3]


def _searches(path: Path) -> list[Search]:
    made: list[Search] = []
    original = grouping.Search.__init__

    def spy(self: Search, buf: list, fresh: bool) -> None:
        original(self, buf, fresh)
        made.append(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(grouping.Search, "__init__", spy)
        read_text(path.read_text(encoding="utf-8"))
    return made


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:3])
@pytest.mark.shared
def test_grouping_matches_every_split_enumerated(path: Path) -> None:
    searches = [s for s in _searches(path) if len(s.buf) <= 14]  # enumeration stays small
    for widths in ({}, {"name": 24, "target": 28, "actual": 19, "dev": 24}):
        for search in searches:
            fresh = Search(search.buf, search.fresh)
            want = _reference(fresh, widths)
            got = fresh.best(widths)
            if want is None:
                assert got == grouping._fallback(fresh.buf)
                continue
            assert [(role, cell) for role, cell in got] == [
                (role, fresh.buf[a:b]) for role, a, b in want
            ], [f.text for f in fresh.buf]
    assert searches or path.parent.name == "dev"  # the seed is read by the stream reader
