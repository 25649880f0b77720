"""E5 (funds): 执行率 below the profile's threshold and an empty 原因 cell (R22, P13)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import is_blank, make, num, score_text
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation


def check(ev: Evaluation) -> Iterator[Finding]:
    row = ev.form.funds.total
    # P13 applies only where the template has a reason cell for the funds block (Sichuan's 原因).
    if row.reason is None and "funds.total.reason" not in ev.form.sources:
        return
    rate = _rate(ev)
    threshold = ev.policy.execution_explanation_below
    if rate is None or rate >= threshold or not is_blank(row.reason):
        return
    yield make(
        "E5.no-execution-reason",
        Severity.WARNING,
        "funds.total.reason",
        f"预算执行率 {score_text(rate)}% 低于 {num(threshold)}%，但未填写原因（R22/P13/E5）",
        "E5",
    )


def _rate(ev: Evaluation) -> Decimal | None:
    printed = ev.form.funds.total.rate
    return ev.computed.execution.rate if ev.computed.execution.rate is not None else printed
