"""Department rows 指标名称 计量单位 … 指标值 指标权重 全年完成值 指标得分, glued on one line (R1).

'天然林和公益林管护当期任务完成率%901010010' (026) is a name, its unit and the digits of four
numbers: target 90, weight 10, actual 100, score 10. Each row ends where the next name starts; its
digits are cut into the four numbers only where exactly one cut fits: a weight of at most 30 (the
weights of a department form), a score no larger than it, and percentages no larger than 100.
Otherwise the row keeps its name and unit, which the text does give.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.stream import RowDraft
from jixiao.values.numbers import KNOWN_UNITS

_HEADER = "指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)"
_END = re.compile(r"说明|绩效指标")
_NOISE = re.compile(r"\n\s*\d{1,2}、|\s+")
_UNITS = "|".join(re.escape(u) for u in ("%", *KNOWN_UNITS) if not u.isascii() or u == "%")
_ROW = re.compile(rf"(?P<name>[^\d%]+?)(?P<unit>万?(?:{_UNITS}))(?P<digits>[\d.]+)")
_AMOUNT = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_MAX_WEIGHT = 30
_HUNDRED = Decimal(100)
_MIN_ROWS = 3
_CELLS = 4


def read_unit_rows(text: str, first_line: int) -> GluedRead | None:
    """Rows after the 计量单位 … 指标得分(分) header; None without it."""
    flat = _NOISE.sub("", text)
    at = flat.find(_HEADER)
    if at < 0:
        return None
    start = at + len(_HEADER)
    end = _END.match(flat, start)
    body = flat[end.end() if end else start :]
    line = first_line + text.count("\n", 0, text.find("计量单位"))
    out = GluedRead()
    for match in _ROW.finditer(body):
        row = RowDraft(None, None, name=match.group("name"))
        row.unit = match.group("unit")
        numbers = _numbers(match.group("digits"), percent=row.unit == "%")
        if numbers is not None:
            row.target, row.weight, row.actual, row.score = numbers
        row.lines = {k: line for k in ("row", "name", "unit", "target", "weight", "actual")}
        out.rows.append(row)
    return out if len(out.rows) >= _MIN_ROWS else None


def _numbers(digits: str, percent: bool) -> tuple[str, str, str, str] | None:
    """指标值, 指标权重, 全年完成值, 指标得分 when exactly one cut of the digits fits."""
    found = [cut for cut in _cuts(digits, _CELLS) if _fits(cut, percent)]
    return (found[0][0], found[0][1], found[0][2], found[0][3]) if len(found) == 1 else None


def _cuts(digits: str, parts: int) -> list[tuple[str, ...]]:
    if parts == 1:
        return [(digits,)] if _AMOUNT.fullmatch(digits) else []
    out: list[tuple[str, ...]] = []
    for k in range(1, len(digits)):
        if _AMOUNT.fullmatch(digits[:k]):
            out.extend((digits[:k], *rest) for rest in _cuts(digits[k:], parts - 1))
    return out


def _fits(cut: tuple[str, ...], percent: bool) -> bool:
    target, weight, actual, score = (Decimal(x) for x in cut)
    if not (0 < weight <= _MAX_WEIGHT and weight == weight.to_integral() and score <= weight):
        return False
    return not percent or (target <= _HUNDRED and actual <= _HUNDRED)
