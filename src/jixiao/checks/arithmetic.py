"""E2: the printed 总分 is not the printed execution score plus the row scores (R20, P12)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import make, num, same_as_printed
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation


def check(ev: Evaluation) -> Iterator[Finding]:
    # P12 check 1 (arithmetic only): it uses printed numbers, never the rule scores (that is E10).
    form = ev.form
    printed_total = form.total.score
    execution = form.funds.total.score
    if printed_total is None or execution is None or not form.indicators:
        return
    rows = sum(
        (ind.score for ind in form.indicators if ind.applicable and ind.score is not None),
        Decimal(0),
    )
    expected = execution + rows
    if same_as_printed(printed_total, expected):
        return
    yield make(
        "E2.total-not-sum",
        Severity.ERROR,
        "total.score",
        f"总分 {num(printed_total)} 不等于预算执行率得分 {num(execution)} 与各指标得分之和 "
        f"{num(rows)} 的合计 {num(expected)}（R20/P12/E2）",
        "E2",
    )
