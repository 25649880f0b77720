"""The computed totals: raw = execution score + Σ rule scores, and the rescaled one (P12, R18)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.model.report import ExecutionResult, IndicatorResult, TotalResult
from jixiao.scoring.common import ZERO, plain, q2, two
from jixiao.scoring.context import Row

HUNDRED = Decimal(100)


def score_total(
    execution: ExecutionResult, results: Sequence[IndicatorResult], rows: Sequence[Row]
) -> TotalResult:
    """Sum the rounded scores (P9); the rescaled total divides by the scored weights (R18)."""
    weights = {row.index: row.indicator.weight for row in rows}
    scored = [r for r in results if r.scored]
    rows_score = sum((r.score for r in scored if r.score is not None), ZERO)
    rows_weight = sum((weights.get(r.index) or ZERO for r in scored), ZERO)
    exec_score = execution.score
    if exec_score is None and all(r.score is None for r in scored):
        # A form with nothing scoreable (an empty or cut-off table) has no total, not a total of 0.
        return TotalResult(explanation="没有可计分的执行率或指标，未计算总分（P12）")
    raw = rows_score + (exec_score or ZERO)
    # A missing execution score leaves its weight out too, so the rescaled total stays a ratio of
    # like with like.
    exec_weight = (execution.weight or ZERO) if exec_score is not None else ZERO
    weight = rows_weight + exec_weight
    rescaled = q2(raw / weight * HUNDRED) if weight > ZERO else None
    unscored = sum(1 for r in scored if r.score is None)
    text = _explain(exec_score, rows_score, len(scored), raw, weight, rescaled, unscored)
    return TotalResult(score=q2(raw), weight=weight, rescaled=rescaled, explanation=text)


def _explain(
    exec_score: Decimal | None,
    rows_score: Decimal,
    count: int,
    raw: Decimal,
    weight: Decimal,
    rescaled: Decimal | None,
    unscored: int,
) -> str:
    exec_part = f"执行率得分 {two(exec_score)}" if exec_score is not None else "执行率未计分"
    text = f"{exec_part} + {count} 行指标得分 {two(rows_score)} = {two(raw)}"
    if rescaled is not None:
        text += (
            f"；计分分值合计 {plain(weight)}，"
            f"折算 = {two(raw)} ÷ {plain(weight)} × 100 = {two(rescaled)}"
        )
    if unscored:
        text += f"；其中 {unscored} 行无得分，按 0 计"
    return text + "（P12，R18）"
