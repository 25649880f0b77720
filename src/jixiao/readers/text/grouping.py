"""The cheapest split of the lines before a weight/score pair into a row's cells, by role pattern.

Cells on one line are always separate (``fixed`` cuts); a line break may or may not end a cell.
The cost of a split is the sum of its cells' costs, so each role pattern is solved by dynamic
programming over cut positions instead of trying every combination of breaks. A ``Search`` is
built once per stretch and asked once per pass of the stream reader, so everything that does
not depend on the column widths (cuts, text traits, cell costs already priced) is kept.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from jixiao.readers.text.cells import Stretch, dev_like, target_like
from jixiao.readers.text.lines import Frag, width

SCORE_CELL = re.compile(r"^(?:[-+]?\d+(?:\.\d+)?|[-—–/／－]+)$")
_MAX_CHOICES = 12  # line breaks considered per stretch; keeps the search small
_INHERIT_COST = 0.3
_ROLE_COST = 1.5

# Role patterns for a stretch of m cells: after a level label the row needs its own name.
_PATTERNS: dict[bool, tuple[tuple[str, ...], ...]] = {
    False: (
        ("dev", "name", "target", "actual"),
        ("name", "target", "actual"),
        ("dev", "target", "actual"),
        ("target", "actual"),
    ),
    True: (("name", "target", "actual"), ("name", "target")),
}

Cells = list[tuple[str, list[Frag]]]
_ROLE_SLOT = {"dev": 0, "name": 1, "target": 2, "actual": 3}


class Search:
    """One stretch's grouping problem; ``best(widths)`` answers it for given column widths."""

    __slots__ = ("_ends", "_priced", "_spans", "_stretch", "_texts", "_traits", "buf", "fresh")

    def __init__(self, buf: list[Frag], fresh: bool) -> None:
        self.buf = buf
        self.fresh = fresh
        n = len(buf)
        breaks = [i for i in range(1, n) if buf[i].first]
        if len(breaks) > _MAX_CHOICES:
            breaks = sorted(breaks, key=lambda i: width(buf[i - 1].text))[:_MAX_CHOICES]
        fixed = {i for i in range(1, n) if not buf[i].first}
        self._ends = sorted({*breaks, *fixed, n})
        # Where a cell starting at each cut may end: up to and including the next fixed cut,
        # since a cell never spans two cells printed on one line.
        self._spans: dict[int, list[int]] = {}
        for k, a in enumerate([0, *self._ends]):
            ends: list[int] = []
            for b in self._ends[k:]:  # the cuts after a
                ends.append(b)
                if b in fixed:
                    break
            self._spans[a] = ends
        self._stretch = Stretch(buf)
        self._texts = [f.text for f in buf]
        # Per column width: each candidate cell's cost in every role, keyed a * stride + b.
        self._priced: dict[int | None, dict[int, tuple[float, float, float, float]]] = {}
        self._traits: dict[int, tuple[bool, bool, bool]] = {}  # keyed like _priced's cells

    def best(self, widths: dict[str, int]) -> Cells:
        """The cheapest cells over every role pattern (ties: the earlier pattern, earlier cut)."""
        best: tuple[float, list[tuple[str, int, int]]] | None = None
        for pattern in _PATTERNS[self.fresh]:
            extra = 0.0 if "name" in pattern else _INHERIT_COST
            found = self._fit(pattern, widths, extra, best[0] if best else math.inf)
            if found is None:
                continue
            total = found[0] + extra
            if best is None or total < best[0]:
                best = (total, found[1])
        if best is None:
            return _fallback(self.buf)
        return [(role, self.buf[a:b]) for role, a, b in best[1]]

    def _fit(
        self, pattern: tuple[str, ...], widths: dict[str, int], extra: float, limit: float
    ) -> tuple[float, list[tuple[str, int, int]]] | None:
        """Cheapest cells for the roles in order: each ends at an allowed cut.

        Costs are never negative, so a partial split whose cost plus ``extra`` already reaches
        ``limit`` (the best total of an earlier pattern) cannot win and is not extended; paths
        that could win are untouched, so the answer and its ties are the same as without.
        """
        ends, n = self._ends, len(self.buf)
        if len(pattern) > len(ends):
            return None  # fewer places to end a cell than cells to fill
        # Per role: the cheapest cost so far at each cut, and where the cell ending there began.
        # Cuts enter a layer in increasing order (a later start's cells end past an earlier
        # start's, or among them when no fixed cut lies between), so iterating a layer visits
        # the cuts in order, as the earliest-cut tie rule needs.
        costs_at: dict[int, float] = {0: 0.0}
        starts: list[dict[int, int]] = []
        stride = n + 1  # a candidate cell (a, b) is priced under the integer a * stride + b
        spans = self._spans
        for k, role in enumerate(pattern):
            # Each later role needs a cut of its own after this cell; the last cell ends the
            # stretch.
            left = len(pattern) - 1 - k
            latest = ends[len(ends) - 1 - left]
            column = widths.get(role)
            priced = self._priced.get(column)
            if priced is None:
                priced = self._priced[column] = {}
            slot = _ROLE_SLOT[role]
            nxt: dict[int, float] = {}
            came: dict[int, int] = {}
            for a, so_far in costs_at.items():
                if so_far + extra >= limit:
                    continue
                if left == 0:
                    # The last cell ends the stretch; n, the last cut, ends a span if any does.
                    if spans[a][-1] == n:
                        key = a * stride + n
                        costs = priced.get(key)
                        if costs is None:
                            costs = priced[key] = self._costs(a, n, column, key)
                        total = so_far + costs[slot]
                        if n not in nxt or total < nxt[n]:
                            nxt[n] = total
                            came[n] = a
                    continue
                for b in spans[a]:
                    if b > latest:
                        break
                    key = a * stride + b
                    costs = priced.get(key)
                    if costs is None:
                        costs = priced[key] = self._costs(a, b, column, key)
                    total = so_far + costs[slot]
                    if b not in nxt or total < nxt[b]:
                        nxt[b] = total
                        came[b] = a
            starts.append(came)
            costs_at = nxt
        if n not in costs_at:
            return None
        return costs_at[n], _walk_back(pattern, starts, n)

    def _costs(
        self, a: int, b: int, column: int | None, key: int
    ) -> tuple[float, float, float, float]:
        """How badly frags[a:b] fits its column in each role (``_ROLE_SLOT`` order), ending the
        cell before frags[b] included. Priced for every role at once: in the first pass all
        roles share one (unknown) column, so one pricing serves the four. ``key`` is the cell's
        key in ``_priced``."""
        cost = self._stretch.priced(a, b, column)
        traits = self._traits.get(key)
        if traits is None:
            traits = self._traits[key] = _text_traits("".join(self._texts[a:b]))
        dev, prose, target = traits
        return (
            cost if dev else cost + _ROLE_COST,
            cost + _ROLE_COST if prose else cost,
            cost + _ROLE_COST / 2 if not target and dev else cost,
            cost,
        )


def _walk_back(
    pattern: tuple[str, ...], starts: list[dict[int, int]], n: int
) -> list[tuple[str, int, int]]:
    """The cells of the cheapest path, read back from the last cut through each cell's start."""
    cells: list[tuple[str, int, int]] = []
    b = n
    for k in range(len(pattern) - 1, -1, -1):
        a = starts[k][b]
        cells.append((pattern[k], a, b))
        b = a
    return cells[::-1]


@lru_cache(maxsize=4096)
def _text_traits(text: str) -> tuple[bool, bool, bool]:
    """(reads like a deviation, reads like prose or a score rather than a name, target-like)."""
    prose = "，" in text or "。" in text or bool(SCORE_CELL.match(text))
    return dev_like(text), prose, target_like(text)


def _fallback(buf: list[Frag]) -> Cells:
    """More cells on one line than a row has: the last three are name, target and actual."""
    cells = [[frag] for frag in buf]
    if len(cells) < 3:
        return list(zip(("target", "actual"), cells, strict=False))
    head = [f for c in cells[:-3] for f in c]
    tail = list(zip(("name", "target", "actual"), cells[-3:], strict=True))
    return [("dev", head), *tail] if head else tail
