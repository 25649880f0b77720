"""A headerless tail of a Sichuan 0013zp indicator table, the cells glued but the weights spaced.

'产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 … 合计100' (002): each row is
[一级][二级]三级指标 + 指标性质 + 指标值 + 度量单位, then its 权重 after a space. Without a header
the columns are known only from this shape, so every row must have it and the weights must make
up the 90-point 绩效指标 block (R1); otherwise nothing is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.text.glued import GluedRead, label_runs
from jixiao.readers.text.stream import RowDraft

_ROW = re.compile(
    r"(?P<name>.*?[^\d.])(?P<nature>[=＝≥≤≧≦<>])(?P<target>\d+(?:\.\d+)?)(?P<unit>[^\d\s]{1,4})"
)
_WEIGHT = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
_END = re.compile(r"合计|总分")
_BLOCK = Decimal(90)  # the 绩效指标 block of the Sichuan form; 预算执行 takes the other 10
_MIN_ROWS = 2


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
