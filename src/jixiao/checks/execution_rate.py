"""E4: the printed 执行率 or its 得分 differs from 全年执行数 / 全年预算数 (R7, R8, P2)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import HUNDRED, make, money, num, same_as_printed, score_text
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation


def check(ev: Evaluation) -> Iterator[Finding]:
    yield from _rate(ev)
    yield from _score(ev)


def _rate(ev: Evaluation) -> Iterator[Finding]:
    row = ev.form.funds.total
    computed = ev.computed.execution.rate
    if row.rate is None or computed is None or same_as_printed(row.rate, computed):
        return
    message = f"执行率 {num(row.rate)}% 与全年执行数÷全年预算数 = {_pct(computed)}% 不符"
    # R7: the denominator is 全年预算数 (adjusted); a rate over 年初预算数 is the classic slip.
    if row.executed is not None and row.initial and row.initial != row.adjusted:
        wrong = row.executed / row.initial * HUNDRED
        if same_as_printed(row.rate, wrong):
            message += f"，系误用年初预算数 {money(row.initial)} 作分母"
    yield make(
        "E4.rate-mismatch", Severity.ERROR, "funds.total.rate", message + "（R7/P9/E4）", "E4"
    )


def _score(ev: Evaluation) -> Iterator[Finding]:
    row = ev.form.funds.total
    result = ev.computed.execution
    # Without a printed 分值 the weight is the profile's guess; a form on another scheme
    # (预算执行情况 20分) would be judged against the wrong weight.
    if row.score is None or row.weight is None or result.score is None:
        return
    if _matches(ev, row.score):
        return
    yield make(
        "E4.score-mismatch",
        Severity.ERROR,
        "funds.total.score",
        f"预算执行率得分 {num(row.score)} 与按执行率、分值 {num(row.weight)} 计算的 "
        f"{score_text(result.score)} 不符"
        f"（{_rule(ev)}/E4）",
        "E4",
    )


def _matches(ev: Evaluation, printed: Decimal) -> bool:
    result = ev.computed.execution
    if result.score is not None and same_as_printed(printed, result.score):
        return True
    # P9 compares against the unrounded value: a printed 5.3 matches 5.302 even if 5.30 would not.
    if ev.policy.execution_method == "proportional" and result.rate is not None and result.weight:
        raw = min(result.rate, HUNDRED) / HUNDRED * result.weight
        return same_as_printed(printed, raw)
    return False


def _rule(ev: Evaluation) -> str:
    return "R8/P2" if ev.policy.execution_method == "proportional" else "P2 stepwise"


def _pct(rate: Decimal) -> str:
    return score_text(rate)
