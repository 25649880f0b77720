"""Budget execution: rate = 全年执行数 ÷ 全年预算数 of the total row, and its score (R7, R8)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.form import Funds
from jixiao.model.policy import Policy
from jixiao.model.report import ExecutionResult
from jixiao.scoring.common import ZERO, cap, plain, two

HUNDRED = Decimal(100)
STEPWISE_FULL_AT = Decimal(90)  # P2 stepwise: full weight from 90%, −1 point per point below


def score_execution(funds: Funds, policy: Policy) -> ExecutionResult:
    """The 年度资金总额 row's rate (percent, unrounded) and score (rounded half-up to 2 dp)."""
    row = funds.total
    # R4: the total row prints 分值 10; a form that omits it is scored on the profile's weight.
    weight = row.weight if row.weight is not None else policy.execution_weight
    budget, spent = row.adjusted, row.executed
    if budget is None or spent is None:
        missing = "全年预算数" if budget is None else "全年执行数"
        return ExecutionResult(weight=weight, explanation=f"{missing}缺失，无法计算执行率（R7）")
    if budget == ZERO:
        return _zero_budget(spent, weight, policy)
    rate = spent / budget * HUNDRED
    said = f"{two(spent)} ÷ {two(budget)} = {two(rate)}%"
    score, formula = _score(rate, weight, policy)
    return ExecutionResult(rate=rate, score=score, weight=weight, explanation=f"{said}；{formula}")


def _score(rate: Decimal, weight: Decimal, policy: Policy) -> tuple[Decimal, str]:
    """P2: proportional min(rate, 100%) × w, or stepwise w − (90 − rate) below 90%."""
    if policy.execution_method == "proportional":
        used = min(rate, HUNDRED)
        score = cap(used / HUNDRED * weight, weight)
        shown = f"{two(rate)}%" if rate <= HUNDRED else f"min({two(rate)}%, 100%)"
        return score, f"得分 = {plain(weight)} × {shown} = {two(score)}（R8，proportional）"
    if rate >= STEPWISE_FULL_AT:
        score = cap(weight, weight)
        return score, f"执行率 ≥ 90%，记满分 {two(score)}（R8，stepwise）"
    score = cap(weight - (STEPWISE_FULL_AT - rate), weight)
    return score, (f"得分 = {plain(weight)} − (90 − {two(rate)}) = {two(score)}（R8，stepwise）")


def _zero_budget(spent: Decimal, weight: Decimal, policy: Policy) -> ExecutionResult:
    """P14: rate 0 when 全年预算数 is 0, or 100% when both are 0 under full_if_both_zero."""
    setting = f"P14，zero_budget_rate={policy.zero_budget_rate}"
    if policy.zero_budget_rate == "full_if_both_zero" and spent == ZERO:
        score = cap(weight, weight)
        text = f"全年预算数与执行数均为 0，执行率按 100% 计；得分 {two(score)}（{setting}）"
        return ExecutionResult(rate=HUNDRED, score=score, weight=weight, explanation=text)
    text = f"全年预算数为 0，执行率按 0 计；得分 0.00（{setting}）"
    return ExecutionResult(
        rate=ZERO, score=ZERO.quantize(Decimal("0.01")), weight=weight, explanation=text
    )
