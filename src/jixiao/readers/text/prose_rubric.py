"""A rubric whose names wrap around its prose: 目标名称 | 评分标准 | 分值 | 得分 (R1).

A 评分细则 (019) prints each row's name in a narrow column beside a wide column of scoring
prose; the extraction interleaves their lines ('…通知各村 信息传达 的,得2分,…'). A row closes with
its 分值 and 得分, the two numbers standing alone as cells ('… 3 3'); the 分值 of a tall row may
stand between its prose lines ('… 10 全部完成… 10'). The name is what the narrow column printed:
the short cells without punctuation or digits between the row's prose lines, joined in order
('建立农户一' + '折通账户'). A name glued to a prose line ('宣传培训工作工作人员进行培训') cannot be
cut from it without guessing: that row keeps its numbers and no name. Cells after the last pair
(a row cut by the end of the text) are not a row.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.model.finding import Finding
from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.lines import Frag
from jixiao.readers.text.stream import RowDraft

_HEADER = ("目标名称", "分值")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
# The name column wraps at five or six characters; prose lines are three times as wide.
_NAME_CELL = re.compile(r"[\u4e00-\u9fff]{1,6}")
_MIN_ROWS = 3


def read_prose_rubric(frags: list[Frag]) -> GluedRead | None:
    """Rows of a 评分细则 whose names wrap around the prose; None without its header."""
    start = _header_end(frags)
    if start is None:
        return None
    out = GluedRead()
    cells: list[Frag] = []
    numbers: list[Frag] = []
    for frag in frags[start:]:
        if _NUMBER.fullmatch(frag.text):
            numbers.append(frag)
            if len(numbers) == len(("分值", "得分")):
                row = _row(cells, numbers)
                if row is None:
                    return None  # two numbers that are not a 分值 and its 得分: another layout
                if row.name is None:
                    out.findings.append(_glued_name(cells, numbers, len(out.rows)))
                out.rows.append(row)
                cells, numbers = [], []
        else:
            cells.append(frag)
    return out if len(out.rows) >= _MIN_ROWS else None


def _header_end(frags: list[Frag]) -> int | None:
    """The cell after the header's '目标名称 分值'."""
    for k in range(len(frags) - 1):
        if (frags[k].text, frags[k + 1].text) == _HEADER:
            return k + 2
    return None


def _row(cells: list[Frag], numbers: list[Frag]) -> RowDraft | None:
    weight, score = (n.text for n in numbers)
    if Decimal(score) > Decimal(weight):
        return None
    name_cells = [c for c in cells if _NAME_CELL.fullmatch(c.text)]
    row = RowDraft(None, None, name="".join(c.text for c in name_cells) or None)
    row.weight, row.score = weight, score
    row.lines = {"row": numbers[0].line, "weight": numbers[0].line, "score": numbers[1].line}
    if name_cells:
        row.lines["name"] = name_cells[0].line
    return row


def _glued_name(cells: list[Frag], numbers: list[Frag], index: int) -> Finding:
    """The finding for a row whose name is glued to a prose line: its numbers only."""
    line = cells[0].line if cells else numbers[0].line
    return reader_finding(
        "READ.glued-cells",
        f"评分细则第{index + 1}行（第{line}行）的目标名称与评分标准粘连，无法分开，"
        "只读取了该行的分值和得分（R1）",
        line=line,
        path=f"indicators[{index}].name",
    )
