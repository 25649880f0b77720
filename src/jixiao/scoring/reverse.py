"""Reverse (≤, <) indicators, durations and cost ceilings: ratio or linear deviation (R11, P11)."""

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


def score_reverse(row: Row, policy: Policy) -> IndicatorResult | None:
    """R11: w if B ≤ A, else A/B × w (ratio, R11a) or (1 − (B−A)/A) × w (linear_deviation, R11b)."""
    inputs = numeric_inputs(row, TargetKind.REVERSE, "reverse")
    if not isinstance(inputs, tuple):
        return inputs
    goal, actual = inputs
    # P11: under 成本指标 a bare amount is a ceiling, scored as a reverse indicator.
    rule = "P11，" if row.category == "成本" else ""
    return reverse_result(row, "reverse", goal, actual, row.target.unit, rule, policy)


def reverse_result(
    row: Row,
    method: str,
    limit: Decimal,
    actual: Decimal,
    unit: str | None,
    rule_prefix: str,
    policy: Policy,
    labels: tuple[str, str] = ("实际", "目标"),
) -> IndicatorResult:
    """The R11 formula chosen by ``policy.reverse_method``; shared with ± tolerance ranges (R14)."""
    weight = weight_of(row)
    a, b = shown(limit, unit), shown(actual, unit)
    said, goal = labels
    if actual <= limit:
        tag = "R11a" if policy.reverse_method == "ratio" else "R11b，linear_deviation"
        text = f"{said} {b} ≤ {goal} {a}，记满分 {plain(weight)}（{rule_prefix}{tag}）"
        return computed(row, method, weight, text)
    if policy.reverse_method == "ratio":
        value = limit / actual * weight if actual > ZERO else ZERO
        formula = f"{plain(limit)} ÷ {plain(actual)} × {plain(weight)}"
        tag = "R11a"
    else:
        # R11b: a linear fall from w at B = A to 0 at B = 2A.
        value = (1 - (actual - limit) / limit) * weight if limit > ZERO else ZERO
        formula = f"(1 − ({plain(actual)} − {plain(limit)}) ÷ {plain(limit)}) × {plain(weight)}"
        tag = "R11b，linear_deviation"
    value = max(value, ZERO)
    text = f"{said} {b} > {goal} {a}，得分 = {formula} = {two(value)}（{rule_prefix}{tag}）"
    return computed(row, method, value, text)
