"""A table printed without borders (a spreadsheet printed from Calc or Excel), from word positions.

A spreadsheet prints a text cell from its left edge and a number up to its right edge, so the
left ends of the text words give the column edges and a number belongs to the column its right
end falls in. A label merged over several rows is printed at the middle of those rows, between two
lines when their count is even; in the indicator block the level labels cover every row, which
fixes each label's rows from its middle. Anything outside this picture (centred or unaligned text,
a number across a column edge, cells overlapping, level labels whose rows do not come out whole)
gives no table, so the caller keeps its refusal instead of guessing.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass
from typing import Any

from jixiao.model.finding import Severity, Source
from jixiao.readers.base import reader_finding
from jixiao.readers.grid.table import Cell, Table
from jixiao.readers.pdf.radicals import fold_radicals

UNRULED_READ_CODE = "READ.pdf-unruled-read"
# Tolerances in font sizes, as a printout scaled to fit the page scales its gaps with its text.
# Characters of one word touch (gap 0); neighbouring cells are a cell padding apart (Calc: 0.2
# of the font size), which pdfplumber's default of 3 pt would glue ('28.00—').
_X_TOLERANCE = 0.09
_Y_TOLERANCE = 0.3
_EDGE = 0.15  # word ends this close are one column edge
_CUT = 4  # in edge tolerances (0.6 of the font size): text this close to the next cell may be cut
_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
_LEVELS = ("一级指标", "二级指标")
_TOTAL = re.compile(r"^(总分|合计)")


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def numeric(self) -> bool:
        return _NUMBER.fullmatch(self.text) is not None


@dataclass
class _Slot:
    """Words of one cell as placed: line index (possibly x.5 for a between-lines label)."""

    words: list[_Word]
    line: float
    col: int
    colspan: int = 1


class _Ambiguous(Exception):
    """The page does not read one way only."""


def unruled_table(page: Any, number: int) -> Table | None:
    """The page's borderless table, or None when its cells cannot be placed one way only."""
    if len(page.chars) < 20:
        return None
    size = statistics.median(c["size"] for c in page.chars)
    raw = page.extract_words(x_tolerance=_X_TOLERANCE * size, y_tolerance=_Y_TOLERANCE * size)
    words = [_Word(fold_radicals(w["text"]), w["x0"], w["x1"], w["top"], w["bottom"]) for w in raw]
    try:
        return _build(words, number, _EDGE * size)
    except _Ambiguous:
        return None


def _build(words: list[_Word], number: int, tolerance: float) -> Table:
    lines = _lines(words)
    positions = _positions(lines)
    edges = _edges(words, tolerance)
    slots = [
        slot
        for line, at in zip(lines, positions, strict=True)
        for slot in _place(line, at, edges, tolerance)
    ]
    _widen_headings(slots, len(edges))
    spans = _row_spans(slots)
    return _table(slots, spans, len(edges), number)


def _lines(words: list[_Word]) -> list[list[_Word]]:
    """Words grouped into printed lines by their vertical middle, top to bottom."""
    height = statistics.median(w.bottom - w.top for w in words)
    lines: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: w.mid):
        if lines and abs(word.mid - statistics.fmean(w.mid for w in lines[-1])) < height * 0.3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _positions(lines: list[list[_Word]]) -> list[float]:
    """Each line's row index from its distance to the line above, in line pitches: one pitch is
    the next row, several are skipped empty rows, half a pitch is a label between two rows."""
    mids = [statistics.fmean(w.mid for w in line) for line in lines]
    gaps = [b - a for a, b in itertools.pairwise(mids)]
    if not gaps:
        raise _Ambiguous
    pitch = statistics.median(gaps)
    positions = [0.0]
    for gap in gaps:
        steps = gap / pitch
        halves = round(steps * 2)
        if abs(steps * 2 - halves) > 0.4 or halves == 0:
            raise _Ambiguous  # neither whole rows nor halfway: wrapped or overlapping text
        position = positions[-1] + halves / 2
        if position % 1 and positions[-1] % 1:
            raise _Ambiguous  # two labels between the same rows
        positions.append(position)
    if positions[-1] % 1:
        raise _Ambiguous  # a label below the last row: nothing to be between
    return positions


def _edges(words: list[_Word], tolerance: float) -> list[float]:
    """Column left edges: where two or more text words start (numbers end at right edges)."""
    starts = sorted(w.x0 for w in words if not w.numeric)
    groups: list[list[float]] = []
    for x in starts:
        if groups and x - groups[-1][-1] <= tolerance:
            groups[-1].append(x)
        else:
            groups.append([x])
    edges = [g[0] for g in groups if len(g) >= 2]
    leftmost = min(w.x0 for w in words)
    if not edges or edges[0] - leftmost > tolerance:
        edges.insert(0, leftmost)
    return edges


def _column(edges: list[float], x: float, tolerance: float) -> int:
    """Index of the column whose left edge is the last one at or before x."""
    col = 0
    for i, edge in enumerate(edges):
        if edge <= x + tolerance:
            col = i
    return col


def _place(line: list[_Word], at: float, edges: list[float], tolerance: float) -> list[_Slot]:
    slots: dict[int, _Slot] = {}
    for word in line:
        aligned = any(abs(word.x0 - e) <= tolerance for e in edges)
        if word.numeric and not aligned:
            # right-aligned: it ends inside its column, and must not start left of it
            col = _column(edges, word.x1 - 2 * tolerance, tolerance)
            if word.x0 < edges[col] - tolerance:
                raise _Ambiguous
        else:
            col = _column(edges, word.x0, tolerance)
            if not aligned and col not in slots:
                raise _Ambiguous  # text that starts off every column edge: centred or shifted
        if col in slots:
            # a second word of one text cell (split at a space); two numbers in one column
            # mean a column without an edge of its own
            if word.numeric or any(w.numeric for w in slots[col].words):
                raise _Ambiguous
            slots[col].words.append(word)
        else:
            slots[col] = _Slot([word], at, col)
    ordered = [slots[c] for c in sorted(slots)]
    for slot, after in zip(ordered, [*ordered[1:], None], strict=True):
        right = max(w.x1 for w in slot.words)
        end = _column(edges, right - tolerance, tolerance)
        # Text running up to the next filled cell may be cut there (a wrapped cell whose other
        # lines the row height hides): what is printed need not be the whole value.
        text = not any(w.numeric for w in slot.words)  # a number too wide shows ###, not cut
        near = after is not None and edges[after.col] - right < _CUT * tolerance
        if after is not None and (end >= after.col or (text and near)):
            raise _Ambiguous
        slot.colspan = end - slot.col + 1
    return ordered


def _widen_headings(slots: list[_Slot], width: int) -> None:
    """A heading merged over columns prints from its first column only ('年初预算' over two),
    and a number under it prints at the merged range's right end. Where the heading's own column
    holds no numbers below and the empty columns after it do, heading and numbers take the range.
    """
    lines: dict[float, list[_Slot]] = {}
    for slot in slots:
        lines.setdefault(slot.line, []).append(slot)
    order = sorted(lines)
    for i, at in enumerate(order):
        row = lines[at]
        if _heading(row):
            block = list(itertools.takewhile(lambda a: not _heading(lines[a]), order[i + 1 :]))
            _widen(row, [lines[a] for a in block], width)


def _heading(row: list[_Slot]) -> bool:
    return len(row) >= 2 and not any(w.numeric for s in row for w in s.words)


def _widen(heading: list[_Slot], below: list[list[_Slot]], width: int) -> None:
    numbers = {s.col for line in below for s in line if any(w.numeric for w in s.words)}
    starts = [s.col for s in heading]
    for head, limit in zip(heading, [*starts[1:], width], strict=True):
        if head.col in numbers:
            continue
        while head.col + head.colspan < limit and head.col + head.colspan in numbers:
            head.colspan += 1
        if head.colspan == 1:
            continue
        for line in below:
            taken = {s.col for s in line}
            for slot in line:
                inside = head.col < slot.col < head.col + head.colspan
                if inside and not taken & set(range(head.col, slot.col)):
                    slot.colspan += slot.col - head.col
                    slot.col = head.col


def _row_spans(slots: list[_Slot]) -> dict[int, tuple[int, int]]:
    """id(slot) → (first row, row count) for labels merged over rows; others take one row."""
    spans: dict[int, tuple[int, int]] = {}
    taken = {(int(s.line), s.col) for s in slots if s.line % 1 == 0}
    block = _level_block(slots)
    if block is not None:
        first, last, columns = block
        for col in columns:
            spans.update(_cover(first, last, [s for s in slots if s.col == col]))
    for slot in slots:
        if slot.line % 1 and id(slot) not in spans:
            above, below = int(slot.line - 0.5), int(slot.line + 0.5)
            if (above, slot.col) in taken or (below, slot.col) in taken or slot.colspan > 1:
                raise _Ambiguous
            spans[id(slot)] = (above, 2)
    return spans


def _level_block(slots: list[_Slot]) -> tuple[int, int, list[int]] | None:
    """(first row, last row, level columns) of the indicator block under 一级指标/二级指标."""
    heads = {s.col: int(s.line) for s in slots if _key(s) in _LEVELS and s.line % 1 == 0}
    if len(heads) != len(_LEVELS) or len(set(heads.values())) != 1:
        return None
    header = next(iter(heads.values()))
    ends = [int(s.line) for s in slots if s.line > header and _TOTAL.match(_key(s))]
    last = (min(ends) if ends else int(max(s.line for s in slots))) - (1 if ends else 0)
    return header + 1, last, sorted(heads)


def _cover(first: int, last: int, column: list[_Slot]) -> dict[int, tuple[int, int]]:
    # Every indicator row has its level: the labels' rows tile the block, each label in the
    # middle of its rows, so each label's rows follow from where the previous label's rows end.
    labels = sorted((s for s in column if first <= s.line <= last), key=lambda s: s.line)
    spans: dict[int, tuple[int, int]] = {}
    start = first
    for slot in labels:
        end = 2 * slot.line - start
        if end < slot.line or end % 1 or end > last:
            raise _Ambiguous
        spans[id(slot)] = (start, int(end) - start + 1)
        start = int(end) + 1
    if labels and start != last + 1:
        raise _Ambiguous
    return spans


def _key(slot: _Slot) -> str:
    return "".join(w.text for w in slot.words).replace(" ", "")


def _table(slots: list[_Slot], spans: dict[int, tuple[int, int]], width: int, number: int) -> Table:
    height = int(max(s.line for s in slots)) + 1
    grid: list[list[Cell | None]] = [[None] * width for _ in range(height)]
    for slot in slots:
        row, rowspan = spans.get(id(slot), (int(slot.line), 1))
        if grid[row][slot.col] is not None:
            raise _Ambiguous
        words = slot.words
        box = (
            min(w.x0 for w in words),
            min(w.top for w in words),
            max(w.x1 for w in words),
            max(w.bottom for w in words),
        )
        text = " ".join(w.text for w in words)
        source = Source(page=number, cell=",".join(f"{v:.0f}" for v in box))
        grid[row][slot.col] = Cell(text, source, rowspan, slot.colspan)
    note = reader_finding(
        UNRULED_READ_CODE,
        f"第{number}页的表格没有框线，已按文字位置读取，请核对（R1）",
        source=Source(page=number),
        severity=Severity.INFO,
    )
    return Table(
        rows=tuple(tuple(r) for r in grid),
        label=f"第{number}页",
        pages=(number,),
        findings=(note,),
    )
