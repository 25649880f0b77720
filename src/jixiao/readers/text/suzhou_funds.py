"""The Suzhou 2017 funds block: two sub-tables, each a header run and its numbers (R2).

035 prints '年初预算数 | 当年使用上年结余、结转及当年调整预算数 | 财政拨款数 | 指标结余数' under
市级预算执行情况(万元) and '财政拨款数 | 实际支付数 | 资金结余、结转数 | 结转数 | 财政收回数' under
市级财政资金使用情况(万元), each followed by its numbers. A value is read only when each sub-table
has exactly as many numbers as columns and the two agree with each other: the same 财政拨款数 in
both, and 实际支付数 + 资金结余、结转数 = 财政拨款数. Then the 年初预算数 is the total row's initial
amount and the 实际支付数 its executed amount; the adjusted budget is not printed as such and is
left empty.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.model.form import FundsRow
from jixiao.readers.text.funds import FundsRead

_BUDGET = re.compile(
    r"年初预算数\s*当年使用上年结余、结转及当年调整预算数\s*财政拨款数\s*指标结余数\s*"
    r"市级预算执行情况[(（]万元[)）]\s*(?P<values>[\d.\s]+)"
)
_USE = re.compile(
    r"财政拨款数\s*实际支付数\s*资金结余、结转数\s*结转数\s*财政收回\s*数\s*"
    r"市级财政资金使用情况[(（]万元[)）]\s*(?P<values>[\d.\s]+)"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LABEL = "市级预算执行情况"


def fill_suzhou_funds(funds: FundsRead, lines: list[str], first_line: int) -> FundsRead:
    """The total row's 年初预算数 and 实际支付数 when both sub-tables agree."""
    if "total" in funds.rows:
        return funds
    text = "\n".join(lines)
    budget, use = _BUDGET.search(text), _USE.search(text)
    if budget is None or use is None:
        return funds
    planned = _numbers(budget.group("values"), 4)
    spent = _numbers(use.group("values"), 5)
    if planned is None or spent is None:
        return funds
    initial, _, appropriation, _ = planned
    if spent[0] != appropriation or spent[1] + spent[2] != appropriation:
        return funds
    row = FundsRow(label=_LABEL, initial=initial, executed=spent[1])
    line = first_line + text.count("\n", 0, budget.start("values"))
    keys = ("total", "total.initial", "total.executed")
    return replace(
        funds, rows={**funds.rows, "total": row}, lines={**funds.lines, **dict.fromkeys(keys, line)}
    )


def _numbers(run: str, count: int) -> list[Decimal] | None:
    """Exactly ``count`` space-separated numbers, as printed ('2960.00 0.00 2960.00 0.00')."""
    cells = run.split()
    if len(cells) != count or not all(_NUMBER.fullmatch(c) for c in cells):
        return None
    return [Decimal(c) for c in cells]
