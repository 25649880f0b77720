"""Department rows glued on one line, closed by 是否核心指标 (department-chongqing, 020, R1).

'财政供养人员控制率%定量指标100%92%100%22否' is 指标名称, 计量单位, 指标性质, 年初指标值,
全年完成值, 得分系数(%), 指标权重 and 指标得分 (2 and 2) and 是/否. Each row ends at the 是/否
after its coefficient and its weight+score digits; the weight and score split only where the
score is at most the weight. The name ends at the unit, or before a qualitative target printed
twice ('好好'); a row whose values have none of these shapes keeps its weight and score only.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.stream import RowDraft

_HEADER = "是否核心指标"
_ROW = re.compile(r"(?P<body>.+?)(?P<coef>\d{1,3}(?:\.\d+)?%)(?P<ws>\d{2,4})(?P<core>[是否])")
_NOISE = re.compile(r"\n\s*\d{1,2}、|\s+|绩效指标")
_NATURES = ("定量指标", "定性指标")
_NUM = r"\d+(?:\.\d+)?"
_QUANTITATIVE = re.compile(
    rf"(?P<name>[^\d%]+?)(?P<unit>%)(?P<target>{_NUM}%)?(?P<actual>{_NUM}%?)?"
)
_COUNTED = re.compile(
    rf"(?P<name>[^\d%]+?)(?P<unit>[次份篇个])(?P<target>{_NUM}(?P=unit))(?P<actual>{_NUM}(?P=unit))"
)
_QUALITATIVE = re.compile(r"(?P<name>[^\d%]+?)(?P<target>[\u4e00-\u9fff]{1,4})(?P=target)")
_VALUE_PAIR = re.compile(
    rf"(?P<name>[\u4e00-\u9fff“”]+)[^\d\u4e00-\u9fff]+[\u4e00-\u9fff]?(?P<target>{_NUM}[篇件个次份])(?P<actual>{_NUM}[篇件个次份])"
)
_WEIGHT = re.compile(r"[1-9]\d?")
_SCORE = re.compile(r"\d{1,2}(?:\.\d)?")
_MIN_ROWS = 3


def read_core_rows(text: str, first_line: int) -> GluedRead | None:
    """Rows after a header ending in 是否核心指标; None when there is no such header."""
    flat = _NOISE.sub("", text)
    at = flat.find(_HEADER)
    if at < 0:
        return None
    line = first_line + text.count("\n", 0, text.find("核心指标"))
    out = GluedRead()
    for match in _ROW.finditer(flat, at + len(_HEADER)):
        row = RowDraft(None, None)
        row.lines = {"row": line}
        split = _weight_score(match.group("ws"))
        if split is not None:
            row.weight, row.score = split
        cells = _cells(_without_nature(match.group("body")))
        if cells is None:
            # The row is there (its 是/否 closes it): its weight and score, not its other cells.
            out.findings.append(
                reader_finding(
                    "READ.glued-cells",
                    f"无法拆分粘连的单元格“{match.group('body')}”（第{line}行），"
                    "只读取了该行的权重和得分（R1）",
                    line=line,
                    path=f"indicators[{len(out.rows)}]",
                )
            )
            cells = {}
        for key, value in cells.items():
            setattr(row, key, value)
        row.lines.update({key: line for key in (*cells, "weight", "score")})
        out.rows.append(row)
    return out if len(out.rows) >= _MIN_ROWS else None


def _weight_score(digits: str) -> tuple[str, str] | None:
    """'22' is 2 and 2, '1010' is 10 and 10: the one cut where the score is at most the weight."""
    cuts = [
        (digits[:k], digits[k:])
        for k in range(1, len(digits))
        if _WEIGHT.fullmatch(digits[:k])
        and _SCORE.fullmatch(digits[k:])
        and not (len(digits[k:]) > 1 and digits[k] == "0")
        and Decimal(digits[k:]) <= Decimal(digits[:k])
    ]
    return cuts[0] if len(cuts) == 1 else None


def _without_nature(body: str) -> str:
    """The 指标性质 cell, also when OCR scrambled its characters ('性标定指')."""
    for nature in _NATURES:
        body = body.replace(nature, "")
    for k in range(len(body) - 3):
        if sorted(body[k : k + 4]) in (sorted(n) for n in _NATURES):
            return body[:k] + body[k + 4 :]
    return body


def _cells(body: str) -> dict[str, str] | None:
    for pattern in (_QUANTITATIVE, _COUNTED, _QUALITATIVE, _VALUE_PAIR):
        match = pattern.fullmatch(body)
        if match is not None:
            cells = {k: v for k, v in match.groupdict().items() if v}
            if pattern is _QUALITATIVE:
                cells["actual"] = cells["target"]
            return cells
    return None
