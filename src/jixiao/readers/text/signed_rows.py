"""Space-separated rows whose 预期指标值 is printed as 符号 | 值 | 单位 (hebei-chengan, 034, R1).

'产出指标 质量指标 覆盖率 享受补贴人数占申报对象总数的比例 >= 98 %(百分比) 100% 完成 25.00 …':
the comparison sign is its own cell, so the cells before it are counted from the right (the
指标分值 column's text, then 三级, 二级 and 一级, the merged ones left out) and the value, unit
and 实际完成值 follow it. The score columns after them (单项得分, 权重占比, 折算得分) are not read:
which of them is this form's 分值 and 得分 is not printed.
"""

from __future__ import annotations

import re

from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.stream import RowDraft

_HEADER = ("符号", "单位")
_SIGNS = frozenset({">=", "<=", "=", ">", "<", "≥", "≤", "＝"})
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_BEFORE_SIGN = (2, 4)  # 三级 + 指标分值 text, up to 一级 + 二级 before them
_MIN_ROWS = 2


def read_signed_rows(lines: list[str], first_line: int) -> GluedRead | None:
    """Rows of a table with a 符号 column; None unless the header and two such rows are there."""
    header = next((i for i, ln in enumerate(lines) if all(w in ln for w in _HEADER)), None)
    if header is None:
        return None
    out = GluedRead()
    level1: str | None = None
    level2: str | None = None
    for offset in range(header + 1, len(lines)):
        cells = lines[offset].split()
        sign = next((k for k, c in enumerate(cells) if c in _SIGNS), None)
        if sign is None or len(cells) < sign + 4 or not _NUMBER.fullmatch(cells[sign + 1]):
            continue
        before = cells[:sign]
        if not _BEFORE_SIGN[0] <= len(before) <= _BEFORE_SIGN[1]:
            continue
        if len(before) == _BEFORE_SIGN[1]:
            level1 = before[0]
        if len(before) > _BEFORE_SIGN[0]:
            level2 = before[-3]
        row = RowDraft(level1, level2, name=before[-2], target=cells[sign + 1])
        row.nature, row.unit, row.actual = cells[sign], cells[sign + 2], cells[sign + 3]
        line = first_line + offset
        row.lines = {k: line for k in ("row", "name", "target", "nature", "unit", "actual")}
        out.rows.append(row)
    return out if len(out.rows) >= _MIN_ROWS else None
