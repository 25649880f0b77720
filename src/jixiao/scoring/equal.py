""" "=" indicators: reach exactly; A = 0 needs B ≤ 0, otherwise scored as positive (R12)."""

from __future__ import annotations

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import (
    ZERO,
    computed,
    numeric_inputs,
    plain,
    shown,
    weight_of,
)
from jixiao.scoring.context import Row
from jixiao.scoring.positive import positive_result
from jixiao.values.types import TargetKind


def score_equal(row: Row, policy: Policy) -> IndicatorResult | None:
    """R12: A = 0 → full when B ≤ 0, else 0; A > 0 → as positive, never deducted (P3)."""
    inputs = numeric_inputs(row, TargetKind.EQUAL, "equal")
    if not isinstance(inputs, tuple):
        return inputs
    goal, actual = inputs
    unit = row.target.unit
    if goal != ZERO:
        return positive_result(row, "equal", goal, actual, unit, "R12")
    weight = weight_of(row)
    b = shown(actual, unit)
    if actual <= ZERO:
        return computed(row, "equal", weight, f"目标为 0，实际 {b}，记满分 {plain(weight)}（R12）")
    return computed(row, "equal", ZERO, f"目标为 0，实际 {b} > 0，得分 0.00（R12）")
