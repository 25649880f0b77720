"""Positive (≥, >) indicators: full weight once the target is reached, else B ÷ A × w (R10)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import (
    ZERO,
    computed,
    numeric_inputs,
    plain,
    shown,
    two,
    weight_of,
)
from jixiao.scoring.context import Row
from jixiao.values.types import TargetKind


def score_positive(row: Row, policy: Policy) -> IndicatorResult | None:
    """R10: score = w if B ≥ A, else B/A × w; a zero target is met by any B ≥ 0 (R14)."""
    inputs = numeric_inputs(row, TargetKind.POSITIVE, "positive")
    if not isinstance(inputs, tuple):
        return inputs
    goal, actual = inputs
    return positive_result(row, "positive", goal, actual, row.target.unit, "R10")


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
