""" "=" indicators: reach exactly; A = 0 needs B ≤ 0, otherwise scored as positive (R12)."""

from __future__ import annotations

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import (
    ZERO,
    actual_in_target_unit,
    computed,
    manual,
    plain,
    shown,
    weight_of,
)
from jixiao.scoring.context import Row
from jixiao.scoring.positive import positive_result
from jixiao.values.types import TargetKind


def score_equal(row: Row, policy: Policy) -> IndicatorResult | None:
    """R12: A = 0 → full when B ≤ 0, else 0; A > 0 → as positive, never deducted (P3)."""
    target = row.target
    if target.kind is not TargetKind.EQUAL:
        return None
    if target.value is None:
        return manual(row, "equal", "目标值缺少数字")
    actual = actual_in_target_unit(row, target.unit)
    if isinstance(actual, str):
        return manual(row, "equal", actual)
    if target.value != ZERO:
        return positive_result(row, "equal", target.value, actual, target.unit, "R12")
    weight = weight_of(row)
    b = shown(actual, target.unit)
    if actual <= ZERO:
        return computed(row, "equal", weight, f"目标为 0，实际 {b}，记满分 {plain(weight)}（R12）")
    return computed(row, "equal", ZERO, f"目标为 0，实际 {b} > 0，得分 0.00（R12）")
