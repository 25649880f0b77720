"""The indicator values printed as one block apart from their names (scrambled PDF text, R1).

'… 分值 得分 =100% 100% 10 10 =100% 100% 20 20 及时 及时 20 20 … 100 98.62 率 产出指标 质量指标 …'
(003): the extraction printed every row's 年度指标值, 实际完成值, 分值 and 得分 together, and the
names and level labels after them in an order that does not pair them with the values. The
values are read row by row when each run of four has that shape (得分 at most 分值) and the 分值
make up the indicator block (90 or 100); the names and levels are left out with a finding.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.lines import Frag
from jixiao.readers.text.stream import RowDraft

_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_BLOCKS = (Decimal(90), Decimal(100))  # indicators alone, or with the 10-point budget item
_MIN_ROWS = 3
_HEADER_END = "得分"
_FULL_MARKS = "100"


def read_value_block(frags: list[Frag]) -> GluedRead | None:
    """Rows of values only, when the text prints them as one block after the table header."""
    header = next((i for i, f in enumerate(frags) if "三级指标" in f.text), None)
    if header is None:
        return None
    start = next((i + 1 for i in range(header, len(frags)) if frags[i].text == _HEADER_END), None)
    if start is None:
        return None
    quads: list[list[Frag]] = []
    at = start
    while at + 4 <= len(frags) and _is_quad([f.text for f in frags[at : at + 4]]):
        quads.append(frags[at : at + 4])
        at += 4
    if len(quads) < _MIN_ROWS or sum(Decimal(q[2].text) for q in quads) not in _BLOCKS:
        return None
    out = GluedRead()
    for quad in quads:
        row = RowDraft(None, None)
        row.target, row.actual, row.weight, row.score = (f.text for f in quad)
        row.lines = {k: quad[0].line for k in ("row", "target", "actual", "weight", "score")}
        out.rows.append(row)
    out.total = _total_after(frags[at : at + 2])
    out.findings.append(
        reader_finding(
            "READ.columns-shifted",
            f"指标值成块印在指标名称之前（第{quads[0][0].line}行），无法确定各行的指标名称和"
            "级别，只读取了指标值、完成值、分值和得分（R1）",
            line=quads[0][0].line,
            path="indicators",
        )
    )
    return out


def _total_after(cells: list[Frag]) -> tuple[str, str, int] | None:
    """'100 98.62' right after the last row: the 总分 row's 分值 and 得分, in the same columns."""
    if len(cells) != 2 or cells[0].text != _FULL_MARKS or not _NUMBER.fullmatch(cells[1].text):
        return None
    if Decimal(cells[1].text) > Decimal(_FULL_MARKS):
        return None
    return cells[0].text, cells[1].text, cells[0].line


def _is_quad(cells: list[str]) -> bool:
    """目标值, 完成值 (not bare numbers, so they are not a weight pair), 分值, 得分 <= 分值."""
    target, actual, weight, score = cells
    if _NUMBER.fullmatch(target) or _NUMBER.fullmatch(actual):
        return False
    if not (_NUMBER.fullmatch(weight) and _NUMBER.fullmatch(score)):
        return False
    return Decimal(0) < Decimal(weight) and Decimal(score) <= Decimal(weight)
