"""A headerless tail of a Sichuan 0013zp indicator table, the cells glued but the weights spaced.

'产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 … 合计100' (002): each row is
[一级][二级]三级指标 + 指标性质 + 指标值 + 度量单位, then its 权重 after a space. Without a header
the columns are known only from this shape, so every row must have it and the weights must make
up the 90-point 绩效指标 block (R1); otherwise nothing is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued import GluedRead, label_runs
from jixiao.readers.text.labels import level_of, strip_weight
from jixiao.readers.text.lines import split_line
from jixiao.readers.text.stream import RowDraft

_ROW = re.compile(
    r"(?P<name>.*?[^\d.])(?P<nature>[=＝≥≤≧≦<>])(?P<target>\d+(?:\.\d+)?)(?P<unit>[^\d\s]{1,4})"
)
_WEIGHT = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
_END = re.compile(r"合计|总分")
_BLOCK = Decimal(90)  # the 绩效指标 block of the Sichuan form; 预算执行 takes the other 10
_MIN_ROWS = 2
_SICHUAN_CELLS = 5
_OPERATORS = frozenset({"=", "＝", "≥", "≤", ">", "<", ">=", "<=", "≧", "≦"})
_QUALITATIVE = "定性"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PIPE_TOTAL = re.compile(r"^\s*\|?\s*合计\s*\|", re.MULTILINE)
_VALUE_CELLS = 3  # 三级指标, 指标值, 完成值
_ROW_END = re.compile(r"^\|{3,}$")
# A value where the 三级指标 name belongs ('2020年', '100万'): the row's columns are shifted.
_QUANTITY = re.compile(r"[≥≤<>=]?\d+(?:\.\d+)?[^\d\s]{0,3}")


def read_fragment_rows(text: str, first_line: int) -> GluedRead | None:
    """Rows of a Sichuan table tail, or None when the text does not have that shape."""
    if "一级指标" in text or "三级指标" in text:
        return None
    end = _END.search(text)
    tokens = text[: end.start() if end else len(text)].split()
    if len(tokens) < 2 * _MIN_ROWS or len(tokens) % 2:
        return None
    out = GluedRead()
    level1: str | None = None
    level2: str | None = None
    for cell, weight in zip(tokens[::2], tokens[1::2], strict=True):
        labels, rest = label_runs(cell)
        for label, is_level1 in labels:
            level1, level2 = (label, None) if is_level1 else (level1, label)
        match = _ROW.fullmatch(rest)
        if match is None or not _WEIGHT.fullmatch(weight):
            return None
        row = RowDraft(level1, level2, name=match["name"], target=match["target"], weight=weight)
        row.nature, row.unit = match["nature"], match["unit"]
        line = first_line + text.count("\n", 0, text.find(cell))
        row.lines = {key: line for key in ("row", "name", "target", "weight", "nature", "unit")}
        out.rows.append(row)
    if sum(Decimal(r.weight or 0) for r in out.rows) != _BLOCK:
        return None
    return out


def read_pipe_rows(text: str, first_line: int) -> GluedRead | None:
    """Rows of a headerless pipe table whose cells each span several lines and whose rows end in
    a '||||' line (049, a 决算 page's target table): 一级 | 二级 | 三级 | 指标值 | 完成值."""
    if "三级指标" in text:
        return None
    out = GluedRead()
    for line, cells in _pipe_rows(text.split("\n"), first_line):
        while cells and not cells[0]:
            cells.pop(0)  # an empty first cell shifts the row (the merged 一级 cell above)
        if len(cells) < 2 or level_of(cells[1]) is None or level_of(cells[1]) == ("level1", None):
            continue
        row = RowDraft(strip_weight(cells[0]), strip_weight(cells[1]))
        row.lines = {"row": line}
        rest = cells[2:]
        if len(rest) == _VALUE_CELLS and not _QUANTITY.fullmatch(rest[0]):
            row.name, row.target, row.actual = rest
            row.lines.update(name=line, target=line, actual=line)
        else:
            out.findings.append(
                reader_finding(
                    "READ.columns-shifted",
                    f"第{line}行的三级指标栏是“{rest[0] if rest else ''}”，列已错位，"
                    "只读取了一级和二级指标（R1）",
                    line=line,
                    path=f"indicators[{len(out.rows)}]",
                )
            )
        out.rows.append(row)
    return out if len(out.rows) >= _MIN_ROWS else None


def _pipe_rows(lines: list[str], first_line: int) -> list[tuple[int, list[str]]]:
    """(first line, cells) of each row that starts with '|' and is closed by a '|||' line."""
    rows: list[tuple[int, list[str]]] = []
    start: int | None = None
    for offset, raw in enumerate(lines):
        stripped = raw.strip()
        if start is None:
            start = offset if stripped.startswith("|") and not _ROW_END.match(stripped) else None
            continue
        if _ROW_END.match(stripped):
            joined = " ".join(lines[start:offset])
            parts = [p.strip() for p in joined.split("|")]
            rows.append((first_line + start, parts[1:-1] if parts[-1] == "" else parts[1:]))
            start = None
    return rows


def read_pipe_tail(text: str, first_line: int) -> GluedRead | None:
    """The tail of a Sichuan 0013zp table on a new page, before its 合计 row (031): pipe rows
    [一级 | 二级 |] 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重, with no header to name them.
    Every row before 合计 must have that shape (the 指标性质 cell is the evidence), or none is read.
    """
    end = _PIPE_TOTAL.search(text)
    if end is None or "三级指标" in text[: end.start()]:
        return None
    out = GluedRead()
    level1: str | None = None
    level2: str | None = None
    lines = text[: end.start()].split("\n")
    for offset, raw in enumerate(lines):
        cells = split_line(raw)
        if not cells:
            continue
        while len(cells) > 1 and (label := level_of(cells[0])) is not None:
            followed = level_of(cells[1]) is not None
            name = strip_weight(cells.pop(0))
            is_level1 = label[0] == "level1" or (label[0] == "either" and followed)
            level1, level2 = (name, None) if is_level1 else (level1, name)
        row = _sichuan_row(cells, level1, level2)
        if row is None:
            return None
        line = first_line + offset
        row.lines = {key: line for key in ("row", "name", "nature", "target", "unit", "weight")}
        out.rows.append(row)
    return out if len(out.rows) >= _MIN_ROWS else None


def _sichuan_row(cells: list[str], level1: str | None, level2: str | None) -> RowDraft | None:
    """三级指标 | 指标性质 | 指标值 | 度量单位 | 权重; a 定性 row has no 度量单位."""
    if len(cells) == _SICHUAN_CELLS and cells[1] in _OPERATORS and _NUMBER.fullmatch(cells[2]):
        name, nature, target, unit, weight = cells
    elif len(cells) == _SICHUAN_CELLS - 1 and cells[1] == _QUALITATIVE:
        (name, nature, target, weight), unit = cells, None
    else:
        return None
    if not _WEIGHT.fullmatch(weight):
        return None
    row = RowDraft(level1, level2, name=name, target=target, weight=weight)
    row.nature, row.unit = nature, unit
    return row
