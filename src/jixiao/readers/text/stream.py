"""The indicator table as a stream of wrapped lines (the PDF layout of the seed form).

Weight/score pairs anchor the rows: what lies between two pairs is the previous row's deviation,
then the next row's 三级指标, 年度指标值 and 实际完成值 (the name may be a merged cell shared with
the row above). Line breaks inside that stretch are either wraps or cell ends; the grouping that
best fits how extraction wraps cells (``cells.py``) wins (``grouping.py``).
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from dataclasses import dataclass, field

from jixiao.readers.text.cells import join_text
from jixiao.readers.text.grouping import SCORE_CELL, Search
from jixiao.readers.text.labels import LEVEL1, LEVEL2, level_of, strip_weight
from jixiao.readers.text.lines import Frag, width

_MAX_LINES = 40  # a cell found again line by line is looked for this far below its first line


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
    steps, weights = _segment(frags)
    # The second pass knows each column's width from the first.
    rows = _build(steps, _column_widths(_build(steps, {}), frags))
    return rows, weights


@dataclass
class _Pair:
    """A weight/score pair, the search over the fragments before it, and its level labels."""

    level1: str | None
    level2: str | None
    weight: Frag
    score: Frag
    search: Search | None


# A step is a pair (one row) or fragments that end the previous row's deviation.
_Step = _Pair | list[Frag]


def _segment(frags: list[Frag]) -> tuple[list[_Step], dict[str, str]]:
    """Cut the fragments at pairs and level labels once: the cuts do not depend on the column
    widths, so both passes of ``parse_stream`` reuse them and each stretch's search."""
    pairs = _pair_positions(frags)
    level = _Level()
    steps: list[_Step] = []
    buf: list[Frag] = []
    fresh, has_rows = True, False
    i = 0
    while i < len(frags):
        frag = frags[i]
        label = level_of(frag.text) if i not in pairs else None
        if label is not None:
            steps.append(buf)
            buf = []
            _set_level(level, frag.text, label, frags[i + 1] if i + 1 < len(frags) else None)
            fresh = True
        elif i in pairs:
            search = Search(buf, fresh or not has_rows) if buf else None
            steps.append(_Pair(level.level1, level.level2, frag, frags[i + 1], search))
            buf, fresh, has_rows = [], False, True
            i += 1
        else:
            buf.append(frag)
        i += 1
    if not _cut_label(buf):
        steps.append(buf)
    return steps, level.weights


def _build(steps: list[_Step], widths: dict[str, int]) -> list[RowDraft]:
    rows: list[RowDraft] = []
    for step in steps:
        if isinstance(step, list):
            _attach_dev(rows, step)
            continue
        row = _resolve(step, rows, widths)
        row.weight, row.score = step.weight.text, step.score.text
        row.lines["weight"] = row.lines["score"] = step.weight.line
        rows.append(row)
    return rows


def _cut_label(buf: list[Frag]) -> bool:
    """Text cut off inside a level label ('可持续影响' of 可持续影响指标) is not a deviation."""
    text = "".join(f.text for f in buf)
    return bool(text) and any(label.startswith(text) for label in LEVEL1 | LEVEL2)


def _pair_positions(frags: list[Frag]) -> set[int]:
    """Indexes of weight cells: the last two of a run of number/dash cells on one line."""
    found: set[int] = set()
    run: list[int] = []
    run_line = -1
    for i, frag in enumerate([*frags, Frag("", -1)]):
        score_like = SCORE_CELL.match(frag.text) is not None
        if score_like and (not run or frag.line == run_line):
            run.append(i)
            run_line = frag.line
            continue
        if len(run) >= 2:
            found.add(run[-2])
        run = [i] if score_like else []
        run_line = frag.line
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


def _resolve(pair: _Pair, rows: list[RowDraft], widths: dict[str, int]) -> RowDraft:
    """Split the fragments before a weight/score pair into the previous deviation and this row."""
    row = RowDraft(pair.level1, pair.level2)
    if pair.search is None:
        return row
    buf = pair.search.buf
    for role, cell in pair.search.best(widths):
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


def _column_widths(rows: list[RowDraft], frags: list[Frag]) -> dict[str, int]:
    """Each text column's width: the median width of lines that wrapped (non-final lines)."""
    by_line: dict[int, list[str]] = {}
    for f in frags:
        by_line.setdefault(f.line, []).append(f.text)
    numbers = sorted(by_line)
    samples: dict[str, list[int]] = {}
    for row in rows:
        for role, text in (
            ("name", row.name),
            ("target", row.target),
            ("actual", row.actual),
            ("deviation", row.deviation),
        ):
            start = row.lines.get(role)
            if text is None or start is None:
                continue
            # Only lines that hold fragments can hold a piece of the cell.
            span = numbers[bisect_left(numbers, start) : bisect_left(numbers, start + _MAX_LINES)]
            for w in _wrapped_widths(text, span, by_line):
                samples.setdefault("dev" if role == "deviation" else role, []).append(w)
    return {role: int(statistics.median(ws)) for role, ws in samples.items() if ws}


def _wrapped_widths(text: str, lines: list[int], by_line: dict[int, list[str]]) -> list[int]:
    """Widths of the non-final lines of a joined cell, found again line by line."""
    out: list[int] = []
    rest = text
    for line in lines:
        for piece in by_line[line]:
            if rest.startswith(piece):
                break
        else:
            continue
        rest = rest[len(piece) :].lstrip(" ")
        if not rest:
            break
        out.append(width(piece))
    return out
