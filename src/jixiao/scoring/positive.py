"""Positive (≥, >) indicators: full weight once the target is reached, else B ÷ A × w (R10)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import (
    ZERO,
    actual_in_target_unit,
    computed,
    manual,
    plain,
    shown,
    two,
    weight_of,
)
from jixiao.scoring.context import Row
from jixiao.values.types import TargetKind


def score_positive(row: Row, policy: Policy) -> IndicatorResult | None:
    """R10: score = w if B ≥ A, else B/A × w; a zero target is met by any B ≥ 0 (R14)."""
    target = row.target
    if target.kind is not TargetKind.POSITIVE:
        return None
    if target.value is None:
        return manual(row, "positive", "目标值缺少数字")
    actual = actual_in_target_unit(row, target.unit)
    if isinstance(actual, str):
        return manual(row, "positive", actual)
    return positive_result(row, "positive", target.value, actual, target.unit, "R10")


def positive_result(
    row: Row, method: str, goal: Decimal, actual: Decimal, unit: str | None, rule: str
) -> IndicatorResult:
    """The R10 formula, shared by "=" targets above zero (R12) and range shortfalls (R14)."""
    weight = weight_of(row)
    a, b = shown(goal, unit), shown(actual, unit)
    if actual >= goal:
        text = f"实际 {b} ≥ 目标 {a}，记满分 {plain(weight)}（{rule}）"
        return computed(row, method, weight, text)
    if goal <= ZERO:
        # B < A ≤ 0: a negative actual against a zero target reaches nothing.
        return computed(row, method, ZERO, f"实际 {b} < 目标 {a}，得分 0.00（{rule}）")
    value = actual / goal * weight
    text = (
        f"实际 {b} < 目标 {a}，得分 = {plain(actual)} ÷ {plain(goal)} × {plain(weight)}"
        f" = {two(max(value, ZERO))}（{rule}）"
    )
    return computed(row, method, value, text)
