"""The indicator table as a stream of wrapped lines (the PDF layout of the seed form).

Weight/score pairs anchor the rows: what lies between two pairs is the previous row's deviation,
then the next row's 三级指标, 年度指标值 and 实际完成值 (the name may be a merged cell shared with
the row above). Line breaks inside that stretch are either wraps or cell ends; the grouping that
best fits how extraction wraps cells (``cells.py``) wins.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from jixiao.readers.text.cells import (
    Stretch,
    dev_like,
    join_text,
    target_like,
)
from jixiao.readers.text.labels import LEVEL1, LEVEL2, level_of, strip_weight
from jixiao.readers.text.lines import Frag, width

_SCORE_CELL = re.compile(r"^(?:[-+]?\d+(?:\.\d+)?|[-—–/／－]+)$")
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


@dataclass
class RowDraft:
    """One indicator row as read, with the line each cell came from."""

    level1: str | None
    level2: str | None
    name: str | None = None
    target: str | None = None
    actual: str | None = None
    weight: str | None = None
    score: str | None = None
    deviation: str | None = None
    nature: str | None = None
    unit: str | None = None
    lines: dict[str, int] = field(default_factory=dict)


@dataclass
class _Level:
    level1: str | None = None
    level2: str | None = None
    weights: dict[str, str] = field(default_factory=dict)


def parse_stream(frags: list[Frag]) -> tuple[list[RowDraft], dict[str, str]]:
    """Indicator rows from the fragments of the table body, and weights printed in level labels."""
    widths: dict[str, int] = {}
    rows: list[RowDraft] = []
    for _ in range(2):  # the second pass knows each column's width from the first
        rows, weights = _parse(frags, widths)
        widths = _column_widths(rows, frags)
    return rows, weights


def _parse(frags: list[Frag], widths: dict[str, int]) -> tuple[list[RowDraft], dict[str, str]]:
    pairs = _pair_positions(frags)
    level = _Level()
    rows: list[RowDraft] = []
    buf: list[Frag] = []
    fresh = True
    i = 0
    while i < len(frags):
        frag = frags[i]
        label = level_of(frag.text)
        if label is not None and i not in pairs:
            _attach_dev(rows, buf)
            buf = []
            _set_level(level, frag.text, label, frags[i + 1] if i + 1 < len(frags) else None)
            fresh = True
        elif i in pairs:
            row = _resolve(buf, rows, level, fresh, widths)
            row.weight, row.score = frag.text, frags[i + 1].text
            row.lines["weight"] = row.lines["score"] = frag.line
            rows.append(row)
            buf, fresh = [], False
            i += 1
        else:
            buf.append(frag)
        i += 1
    if not _cut_label(buf):
        _attach_dev(rows, buf)
    return rows, level.weights


def _cut_label(buf: list[Frag]) -> bool:
    """Text cut off inside a level label ('可持续影响' of 可持续影响指标) is not a deviation."""
    text = "".join(f.text for f in buf)
    return bool(text) and any(label.startswith(text) for label in LEVEL1 | LEVEL2)


def _pair_positions(frags: list[Frag]) -> set[int]:
    """Indexes of weight cells: the last two of a run of number/dash cells on one line."""
    found: set[int] = set()
    run: list[int] = []
    for i, frag in enumerate([*frags, Frag("", -1)]):
        same_line = run and frag.line == frags[run[-1]].line
        if _SCORE_CELL.match(frag.text) and (not run or same_line):
            run.append(i)
            continue
        if len(run) >= 2:
            found.add(run[-2])
        run = [i] if _SCORE_CELL.match(frag.text) else []
    # Two pairs with nothing between: the first holds the numeric target and actual ('15 17' then
    # '10 10' on the next line), since a row has one weight and one score.
    return {i for i in found if i + 2 not in found}


def _set_level(level: _Level, text: str, label: tuple[str, str | None], nxt: Frag | None) -> None:
    kind, weight = label
    name = strip_weight(text)
    if kind == "either":
        next_is_level = nxt is not None and level_of(nxt.text) is not None
        kind = "level1" if next_is_level or level.level1 is None else "level2"
    if kind == "level1":
        level.level1, level.level2 = name, None
    else:
        level.level2 = name
    if weight is not None:
        level.weights[name] = weight


def _attach_dev(rows: list[RowDraft], buf: list[Frag]) -> None:
    if rows and buf:
        rows[-1].deviation = join_text([f.text for f in buf])
        rows[-1].lines["deviation"] = buf[0].line


def _resolve(
    buf: list[Frag], rows: list[RowDraft], level: _Level, fresh: bool, widths: dict[str, int]
) -> RowDraft:
    """Split the fragments before a weight/score pair into the previous deviation and this row."""
    row = RowDraft(level.level1, level.level2)
    if not buf:
        return row
    best = _best_grouping(buf, fresh or not rows, widths)
    for role, cell in best:
        text = join_text([f.text for f in cell])
        if role == "dev":
            _attach_dev(rows, cell)
            continue
        setattr(row, role, text)
        row.lines[role] = cell[0].line
    if row.name is None and rows:
        row.name = rows[-1].name
        row.lines["name"] = rows[-1].lines.get("name", buf[0].line)
    return row


def _best_grouping(
    buf: list[Frag], fresh: bool, widths: dict[str, int]
) -> list[tuple[str, list[Frag]]]:
    """The cheapest split of the fragments into cells, over every role pattern.

    Cells on one line are always separate (``fixed`` cuts); a line break may or may not end a
    cell. The cost of a split is the sum of its cells' costs, so each pattern is solved by
    dynamic programming over cut positions instead of trying every combination of breaks.
    """
    breaks = [i for i in range(1, len(buf)) if buf[i].first]
    if len(breaks) > _MAX_CHOICES:
        breaks = sorted(breaks, key=lambda i: width(buf[i - 1].text))[:_MAX_CHOICES]
    fixed = {i for i in range(1, len(buf)) if not buf[i].first}
    ends = sorted({*breaks, *fixed, len(buf)})
    memo: dict[tuple[str, int, int], float] = {}
    stretch = Stretch(buf)
    traits: dict[tuple[int, int], tuple[bool, bool, bool]] = {}

    def cost(role: str, a: int, b: int) -> float:
        if (role, a, b) not in memo:
            if (a, b) not in traits:
                traits[a, b] = _text_traits("".join(f.text for f in buf[a:b]))
            memo[role, a, b] = _role_cost(role, stretch, a, b, widths, traits[a, b])
        return memo[role, a, b]

    best: tuple[float, list[tuple[str, int, int]]] | None = None
    for pattern in _PATTERNS[fresh]:
        found = _fit(pattern, ends, fixed, len(buf), cost)
        if found is None:
            continue
        total = found[0] + (0.0 if "name" in pattern else _INHERIT_COST)
        if best is None or total < best[0]:
            best = (total, found[1])
    if best is None:
        return _fallback(buf)
    return [(role, buf[a:b]) for role, a, b in best[1]]


def _fit(
    pattern: tuple[str, ...],
    ends: list[int],
    fixed: set[int],
    n: int,
    cost: Callable[[str, int, int], float],
) -> tuple[float, list[tuple[str, int, int]]] | None:
    """Cheapest cells for the roles in order: each ends at an allowed cut, crossing no fixed one."""
    if len(pattern) > len(ends):
        return None  # fewer places to end a cell than cells to fill
    # layer[pos] = (cost, cells) of the cheapest way to fill the roles so far, ending at pos
    layer: dict[int, tuple[float, list[tuple[str, int, int]]]] = {0: (0.0, [])}
    for k, role in enumerate(pattern):
        # Each later role needs a cut of its own after this cell; the last cell ends the stretch.
        left = len(pattern) - 1 - k
        latest = ends[len(ends) - 1 - left]
        nxt: dict[int, tuple[float, list[tuple[str, int, int]]]] = {}
        for a, (so_far, cells) in sorted(layer.items()):
            for b in ends:
                if b <= a:
                    continue
                if b <= latest and (left > 0 or b == n):
                    total = so_far + cost(role, a, b)
                    if b not in nxt or total < nxt[b][0]:
                        nxt[b] = (total, [*cells, (role, a, b)])
                if b in fixed:
                    break  # a cell never spans two cells printed on one line
        layer = nxt
    return layer.get(n)


def _role_cost(
    role: str,
    stretch: Stretch,
    a: int,
    b: int,
    widths: dict[str, int],
    traits: tuple[bool, bool, bool],
) -> float:
    """How badly frags[a:b] fit its column and role, and ending the cell before frags[b]."""
    column = widths.get(role)
    cost = stretch.cell_cost(a, b, column)
    if b < len(stretch.frags):
        cost += stretch.boundary_cost(b, column)
    dev, prose, target = traits
    if role == "dev" and not dev:
        cost += _ROLE_COST
    if role == "name" and prose:
        cost += _ROLE_COST
    if role == "target" and not target and dev:
        cost += _ROLE_COST / 2
    return cost


@lru_cache(maxsize=4096)
def _text_traits(text: str) -> tuple[bool, bool, bool]:
    """(reads like a deviation, reads like prose or a score rather than a name, target-like)."""
    prose = "，" in text or "。" in text or bool(_SCORE_CELL.match(text))
    return dev_like(text), prose, target_like(text)


def _fallback(buf: list[Frag]) -> list[tuple[str, list[Frag]]]:
    """More cells on one line than a row has: the last three are name, target and actual."""
    cells = [[frag] for frag in buf]
    if len(cells) < 3:
        return list(zip(("target", "actual"), cells, strict=False))
    head = [f for c in cells[:-3] for f in c]
    tail = list(zip(("name", "target", "actual"), cells[-3:], strict=True))
    return [("dev", head), *tail] if head else tail


def _column_widths(rows: list[RowDraft], frags: list[Frag]) -> dict[str, int]:
    """Each text column's width: the median width of lines that wrapped (non-final lines)."""
    by_line: dict[int, list[Frag]] = {}
    for f in frags:
        by_line.setdefault(f.line, []).append(f)
    samples: dict[str, list[int]] = {}
    for row in rows:
        for role in ("name", "target", "actual", "deviation"):
            text = getattr(row, role)
            start = row.lines.get(role)
            if text is None or start is None:
                continue
            for w in _wrapped_widths(text, start, by_line):
                samples.setdefault("dev" if role == "deviation" else role, []).append(w)
    return {role: int(statistics.median(ws)) for role, ws in samples.items() if ws}


def _wrapped_widths(text: str, start: int, by_line: dict[int, list[Frag]]) -> list[int]:
    """Widths of the non-final lines of a joined cell, found again line by line."""
    out: list[int] = []
    rest = text
    for line in range(start, start + 40):
        piece = next((f.text for f in by_line.get(line, []) if rest.startswith(f.text)), None)
        if piece is None:
            continue
        rest = rest[len(piece) :].lstrip(" ")
        if not rest:
            break
        out.append(width(piece))
    return out
