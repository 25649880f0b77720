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
_Layer = dict[int, tuple[float, int]]  # cut position -> (cost so far, where this cell began)


class Search:
    """One stretch's grouping problem; ``best(widths)`` answers it for given column widths."""

    __slots__ = ("_base", "_ends", "_memo", "_spans", "_stretch", "_traits", "buf", "fresh")

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
        for a in [0, *self._ends]:
            ends: list[int] = []
            for b in self._ends:
                if b <= a:
                    continue
                ends.append(b)
                if b in fixed:
                    break
            self._spans[a] = ends
        self._stretch = Stretch(buf)
        self._traits: dict[tuple[int, int], tuple[bool, bool, bool]] = {}
        self._memo: dict[tuple[str, int, int, int | None], float] = {}
        self._base: dict[tuple[int, int, int | None], float] = {}

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
        layers: list[_Layer] = [{0: (0.0, -1)}]
        for k, role in enumerate(pattern):
            # Each later role needs a cut of its own after this cell; the last cell ends the
            # stretch.
            left = len(pattern) - 1 - k
            latest = ends[len(ends) - 1 - left]
            column = widths.get(role)
            memo, spans = self._memo, self._spans  # locals: this loop prices every candidate
            nxt: _Layer = {}
            for a, (so_far, _) in sorted(layers[-1].items()):
                if so_far + extra >= limit:
                    continue
                for b in spans[a]:
                    if b > latest:
                        break
                    if left > 0 or b == n:
                        cost = memo.get((role, a, b, column))
                        if cost is None:
                            cost = memo[role, a, b, column] = self._role_cost(role, a, b, column)
                        total = so_far + cost
                        if b not in nxt or total < nxt[b][0]:
                            nxt[b] = (total, a)
            layers.append(nxt)
        if n not in layers[-1]:
            return None
        return layers[-1][n][0], _walk_back(pattern, layers, n)

    def _role_cost(self, role: str, a: int, b: int, column: int | None) -> float:
        """How badly frags[a:b] fit its column and role, and ending the cell before frags[b]."""
        key = (a, b, column)
        cost = self._base.get(key)
        if cost is None:
            # The cell and boundary costs do not depend on the role: priced once per column.
            stretch = self._stretch
            cost = stretch.cell_cost(a, b, column)
            if b < len(self.buf):
                cost += stretch.boundary_cost(b, column)
            self._base[key] = cost
        traits = self._traits.get((a, b))
        if traits is None:
            traits = self._traits[a, b] = _text_traits("".join(f.text for f in self.buf[a:b]))
        dev, prose, target = traits
        if role == "dev" and not dev:
            cost += _ROLE_COST
        if role == "name" and prose:
            cost += _ROLE_COST
        if role == "target" and not target and dev:
            cost += _ROLE_COST / 2
        return cost


def _walk_back(
    pattern: tuple[str, ...], layers: list[_Layer], n: int
) -> list[tuple[str, int, int]]:
    """The cells of the cheapest path, read back from the last cut through each cell's start."""
    cells: list[tuple[str, int, int]] = []
    b = n
    for k in range(len(pattern), 0, -1):
        a = layers[k][b][1]
        cells.append((pattern[k - 1], a, b))
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
