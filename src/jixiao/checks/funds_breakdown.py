"""E11: the funds breakdown rows do not add up to 年度资金总额, column by column (R2, P9)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import make, money, same_as_printed
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation

_COLUMNS = (("initial", "年初预算数"), ("adjusted", "全年预算数"), ("executed", "全年执行数"))


def check(ev: Evaluation) -> Iterator[Finding]:
    funds = ev.form.funds
    for column, label in _COLUMNS:
        total: Decimal | None = getattr(funds.total, column)
        parts = [getattr(r, column) for r in funds.breakdown() if getattr(r, column) is not None]
        # An empty breakdown is common (only the total printed): nothing to add up.
        if total is None or not parts:
            continue
        summed = sum(parts, Decimal(0))
        if same_as_printed(total, summed):
            continue
        yield make(
            "E11.breakdown-not-total",
            Severity.ERROR,
            f"funds.total.{column}",
            f"{label}：各明细行合计 {money(summed)} {funds.unit}，不等于年度资金总额 "
            f"{money(total)} {funds.unit}（R2/E11）",
            "E11",
        )
