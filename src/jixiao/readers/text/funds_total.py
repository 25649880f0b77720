"""The total row out of a funds block printed values-first, when its arithmetic proves it (R2, R3).

In a values-first block (003: '… 得分 250000.00 250000.00 215,457.6 10 8.62 250000.00 …') the
labels cannot place the rows, but only the total row has a 分值 and a 得分, and they obey R3:
得分 = 分值 × 全年执行数 ÷ 全年预算数. The leading cells are tried in every order-keeping
assignment to the six columns (a cell may be printed elsewhere); an assignment is a reading only
when the 分值, 得分, 全年预算数 and either the 全年执行数 or the 执行率 are in it, a percent
stands only in the 执行率, the 分值 is at most 100, the 得分 at most the 分值, and the 得分 (and
a 执行率, if placed) agree with the amounts: the 得分 as rounded to its printed decimals, the
执行率 to one unit of them, as the glued reader allows (012 prints no 全年执行数 there:
'0 207.4538 10 100% 10' is 年初 0, 全年预算 207.4538, 分值 10, 100%, 得分 10). Only a single
reading is filled in. A 执行率 printed away from the block ('… 目标
86.19%') is taken only when it is the one percent there that agrees the same way.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from itertools import combinations

from jixiao.model.form import FundsRow
from jixiao.readers.text.funds import DEFAULT_COLUMNS
from jixiao.readers.text.lines import Frag
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import is_null, parse_cell_number

_CELL = re.compile(r"^(?:[\d,]+(?:\.\d+)?%?|[—\-/])$")
_PERCENT = re.compile(r"^\d{1,3}(?:\.\d+)?%$")
_MAX_WEIGHT = Decimal(100)
_HALF = Decimal("0.5")  # a printed 得分 is the computed one rounded
_MIN_CELLS = 4  # two amounts, 分值 and 得分
# Where a rate printed apart from the block may stand: before the indicator table.
_TABLE_START = ("一级指标", "绩效指标", "一级")
_LOOKAHEAD = 40

Values = dict[str, Decimal | None]


def read_total(frags: list[Frag], header_end: int, label: str) -> tuple[FundsRow, int] | None:
    """The total row and its line, read from the cells after the header's last column."""
    cells = _leading_cells(frags[header_end + 1 :])
    readings = [
        values
        for size in range(_MIN_CELLS, min(len(cells), len(DEFAULT_COLUMNS)) + 1)
        for kept in combinations(DEFAULT_COLUMNS, size)
        if (values := _reading(kept, cells[:size])) is not None
    ]
    if len(readings) != 1:
        return None
    values = readings[0]
    if values.get("rate") is None:
        values["rate"] = _rate_apart(frags[header_end + 1 :], values)
    return FundsRow(label=label, **values), frags[header_end + 1].line


def _leading_cells(frags: list[Frag]) -> list[Frag]:
    cells: list[Frag] = []
    for frag in frags:
        if not _CELL.match(frag.text):
            break
        cells.append(frag)
    return cells


def _reading(kept: tuple[str, ...], cells: list[Frag]) -> Values | None:
    if any(("%" in c.text) != (key == "rate") for key, c in zip(kept, cells, strict=True)):
        return None  # a percent is the 执行率 and the 执行率 is printed as a percent
    try:
        values: Values = {
            key: parse_cell_number(c.text) for key, c in zip(kept, cells, strict=True)
        }
    except (ValueParseError, InvalidOperation):
        return None
    return values if _obeys_r3(values) else None


def _obeys_r3(values: Values) -> bool:
    weight, score, rate = values.get("weight"), values.get("score"), values.get("rate")
    adjusted, executed = values.get("adjusted"), values.get("executed")
    if weight is None or score is None or adjusted is None or (executed is None and rate is None):
        return False
    if not (0 < weight <= _MAX_WEIGHT and 0 <= score <= weight and adjusted > 0):
        return False
    if any(v is not None and v < 0 for v in values.values()):
        return False
    # The rate as computed from the amounts, else as printed (012 prints no 全年执行数 there).
    percent = executed / adjusted * 100 if executed is not None else rate
    if percent is None or not _agrees(score, min(weight, weight * percent / 100), _HALF):
        return False
    return rate is None or _agrees(rate, percent)


def _agrees(printed: Decimal, computed: Decimal, units: Decimal = Decimal(1)) -> bool:
    """Within ``units`` of the printed decimals' last place (8.62 against 8.6183 to half a unit;
    86.19 against 86.183 to one)."""
    exponent = printed.as_tuple().exponent
    unit = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(1)
    return abs(printed - computed) <= unit * units


def _rate_apart(frags: list[Frag], values: Values) -> Decimal | None:
    """The one percent before the indicator table that agrees with the row's amounts and 得分."""
    found: list[Decimal] = []
    for frag in frags[:_LOOKAHEAD]:
        if frag.text.startswith(_TABLE_START):
            break
        if _PERCENT.match(frag.text) and not is_null(frag.text):
            rate = parse_cell_number(frag.text)
            if rate is not None and _obeys_r3({**values, "rate": rate}):
                weight, score = values["weight"], values["score"]
                if weight and score is not None and _agrees(score, weight * rate / 100, _HALF):
                    found.append(rate)
    return found[0] if len(found) == 1 else None
