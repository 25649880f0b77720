"""Range targets ('12-15个', '80%-90%') and ± tolerance targets ('±10%') (R14, P15)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import (
    actual_in_target_unit,
    computed,
    manual,
    number_in,
    plain,
    shown,
    two,
    weight_of,
)
from jixiao.scoring.context import Row
from jixiao.scoring.positive import positive_result
from jixiao.scoring.reverse import reverse_result
from jixiao.values.types import TargetKind


def score_range(row: Row, policy: Policy) -> IndicatorResult | None:
    """P15: full inside; below → B ÷ lower × w; above → full (met) or upper ÷ B × w (strict)."""
    target = row.target
    if target.kind is not TargetKind.RANGE:
        return None
    if target.low is None or target.high is None:
        return manual(row, "range", "区间目标缺少上下限")
    actual = actual_in_target_unit(row, target.unit)
    if isinstance(actual, str):
        return manual(row, "range", actual)
    if target.tolerance:
        return _tolerance(row, target.high, actual, target.unit, policy)
    low, high, unit = target.low, target.high, target.unit
    span = f"{number_in(low, unit)}–{shown(high, unit)}"
    weight = weight_of(row)
    b = shown(actual, unit)
    if actual < low:
        # Below the range is a shortfall against its lower bound, scored as R10.
        return positive_result(row, "range", low, actual, unit, "R14，低于区间下限")
    if actual <= high:
        return computed(
            row, "range", weight, f"实际 {b} 在目标 {span} 内，记满分 {plain(weight)}（R14）"
        )
    if policy.range_above == "met":
        text = f"实际 {b} > 目标 {span} 上限，记满分 {plain(weight)}（R14，range_above=met）"
        return computed(row, "range", weight, text)
    value = high / actual * weight
    text = (
        f"实际 {b} > 目标 {span} 上限，得分 = {plain(high)} ÷ {plain(actual)} × {plain(weight)}"
        f" = {two(value)}（R14，range_above=strict）"
    )
    return computed(row, "range", value, text)


def _tolerance(
    row: Row, bound: Decimal, actual: Decimal, unit: str | None, policy: Policy
) -> IndicatorResult:
    """A ± tolerance is always two-sided (P15): the size of the deviation is a reverse indicator."""
    deviation = abs(actual)
    bound = abs(bound)
    labels = ("偏差绝对值", "容差")
    return reverse_result(row, "range", bound, deviation, unit, "P15 双侧，", policy, labels)
