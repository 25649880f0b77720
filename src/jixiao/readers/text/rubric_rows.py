"""A numbered rubric pipe table: 序号 | 一级 | 二级 | 三级指标 | 指标分值 | … | 自评得分 (R1).

Department rubrics (006) number their rows and print the level weights in the labels ('规划
(15分)'); cells spill over lines. Read as one run of cells, a row starts at the next 序号, its
labels are the cells with a weight in parentheses (two: 一级 and 二级; one: a new 二级), then the
name and the 指标分值; the 自评得分 is the number after the prose cells, before the next 序号.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.stream import RowDraft

_HEADER_WORDS = ("序号", "指标分值", "自评得分")
_LABEL = re.compile(r"([\u4e00-\u9fff]{2,10})\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_MIN_ROWS = 3
_BOTH_LEVELS = 2  # a row opening a 一级 section prints its 二级 label too
_NAME_AND_WEIGHT = 2


def read_rubric_rows(lines: list[str], first_line: int) -> GluedRead | None:
    """Rows of a numbered rubric pipe table; None without its header."""
    start = _header_end(lines)
    if start is None:
        return None
    cells = [
        (first_line + offset, cell.strip(), k == 0)
        for offset in range(start, len(lines))
        for k, cell in enumerate(c for c in lines[offset].split("|") if c.strip())
    ]
    out = GluedRead()
    level1: str | None = None
    level2: str | None = None
    for number, row_cells in _numbered(cells):
        labels = _leading_labels(row_cells)
        if len(labels) == _BOTH_LEVELS:
            level1 = labels[0].group(1)
        if labels:
            level2 = labels[-1].group(1)
        out.weights.update((m.group(1), m.group(2)) for m in labels)
        row = _row(row_cells[len(labels) :], level1, level2)
        if row is not None:
            row.lines = {k: number for k in ("row", "name", "weight", "score")}
            out.rows.append(row)
    if len(out.rows) < _MIN_ROWS:
        return None
    out.weights = {k: v for k, v in out.weights.items() if any(r.level1 == k for r in out.rows)}
    return out


def _leading_labels(cells: list[tuple[int, str]]) -> list[re.Match[str]]:
    """The level labels a row opens with ('规划 (15分)'); a criterion '…(3分)' later is prose."""
    labels: list[re.Match[str]] = []
    for _, text in cells[:_BOTH_LEVELS]:
        match = _LABEL.fullmatch(text)
        if match is None:
            break
        labels.append(match)
    return labels


def _header_end(lines: list[str]) -> int | None:
    """The line after the one holding 自评得分, when 序号 and 指标分值 came before it."""
    seen = ""
    for offset, line in enumerate(lines):
        seen += line.replace(" ", "")
        if all(w in seen for w in _HEADER_WORDS) and "|" in line:
            return offset + 1
    return None


def _numbered(cells: list[tuple[int, str, bool]]) -> list[tuple[int, list[tuple[int, str]]]]:
    """(line, cells) per row: a row starts at the next 序号 (1, 2, 3 …) opening a line; a score
    equal to that number stands before it when two such numbers follow the prose."""
    rows: list[tuple[int, list[tuple[int, str]]]] = []
    expected = 1
    for k, (line, text, opens_line) in enumerate(cells):
        after = cells[k + 1] if k + 1 < len(cells) else None
        score_first = bool(rows) and after is not None and after[1] == text and after[2]
        if text == str(expected) and opens_line and not score_first:
            rows.append((line, []))
            expected += 1
        elif rows:
            rows[-1][1].append((line, text))
    return rows


def _row(cells: list[tuple[int, str]], level1: str | None, level2: str | None) -> RowDraft | None:
    """三级指标 and 指标分值 first; the 自评得分 is the last number, when at most the weight."""
    if len(cells) < _NAME_AND_WEIGHT or not _NUMBER.fullmatch(cells[1][1]):
        return None
    name, weight = cells[0][1].replace(" ", ""), cells[1][1]
    row = RowDraft(level1, level2, name=name, weight=weight)
    numbers = [t for _, t in cells[2:] if _NUMBER.fullmatch(t)]
    if numbers and Decimal(numbers[-1]) <= Decimal(weight):
        row.score = numbers[-1]
    return row
