"""E11 (cost rows): a 成本指标 amount that nearly, but not exactly, matches the funds executed, or
cost targets above the budget (R2, R26 相应匹配)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import is_blank, is_cost, make, money, quoted, same_as_printed
from jixiao.checks._units import family, in_wan
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import ActualKind

CLOSE = Decimal("0.1")  # [I] within 10% of 全年执行数 the amount is meant to be the same money


def check(ev: Evaluation) -> Iterator[Finding]:
    costs = [r for r in ev.rows if is_cost(r)]
    if not costs:
        return
    yield from _spent(ev, costs)
    yield from _planned(ev, costs)


def _money(value: Decimal | None, unit: str | None) -> Decimal | None:
    if value is None or family(unit) != "money":
        return None
    return in_wan(value, unit)


def _spent(ev: Evaluation, costs: list[Row]) -> Iterator[Finding]:
    funds = ev.form.funds
    executed = _money(funds.total.executed, funds.unit)
    amounts = [
        (r, _money(r.actual.value, r.actual.unit))
        for r in costs
        if r.actual.kind == ActualKind.NUMBER
    ]
    spent = [(r, a) for r, a in amounts if a is not None]
    if executed is None or not executed or not spent:
        return
    total = sum((a for _, a in spent), Decimal(0))
    # Compared at the precision the cost row prints (P9): 1467.6 matches 1467.62.
    if same_as_printed(total, executed) or abs(total - executed) > CLOSE * executed:
        return
    row = spent[0][0] if len(spent) == 1 else None
    who = quoted(row.indicator, row.index) if row else "各成本指标"
    yield make(
        "E11.cost-vs-executed",
        Severity.WARNING,
        f"{row.path}.actual" if row else "funds.total.executed",
        f"成本指标{who}实际 {money(total)} 万元，与项目资金全年执行数 {money(executed)} 万元相差 "
        f"{money(abs(total - executed))} 万元，请核对（R2/E11）",
        "E11",
    )


def _planned(ev: Evaluation, costs: list[Row]) -> Iterator[Finding]:
    funds = ev.form.funds.total
    budgets = [
        b
        for b in (
            _money(funds.initial, ev.form.funds.unit),
            _money(funds.adjusted, ev.form.funds.unit),
        )
        if b
    ]
    if not budgets:
        return
    budget = max(budgets)  # targets are set with the 年初 budget; a later cut is not their fault
    targets = [
        (r, t)
        for r in costs
        if not is_blank(r.indicator.target)
        and (t := _money(r.target.value, r.target.unit)) is not None
    ]
    total = sum((t for _, t in targets), Decimal(0))
    if total <= budget:
        return
    yield make(
        "E11.cost-above-budget",
        Severity.WARNING,
        f"{targets[0][0].path}.target" if len(targets) == 1 else "funds.total.initial",
        f"成本指标目标合计 {money(total)} 万元，超过项目预算 {money(budget)} 万元（R26/E11）",
        "E11",
    )
