"""Deadline (时效) targets: '5月底前', '年底前', '2021年9月30日前支出100%' (P10, R14)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import (
    ZERO,
    banded,
    below,
    computed,
    manual,
    plain,
    q2,
    quote,
    shown,
    two,
    weight_of,
)
from jixiao.scoring.context import Row
from jixiao.values.numbers import to_unit
from jixiao.values.types import TargetKind


def score_deadline(row: Row, policy: Policy) -> IndicatorResult | None:
    """P10: done on or before the deadline (and, if compound, the amount reached) → full weight."""
    target, actual = row.target, row.actual
    if target.kind is not TargetKind.DEADLINE:
        return None
    if target.deadline is None:
        return manual(row, "deadline", "时限目标缺少日期")
    due = target.deadline
    short = _amount_short(row)
    if actual.date is not None:
        done = actual.date
        said = f"完成于 {done.isoformat()}"
        if done > due:
            return _missed(row, policy, f"{said}，晚于 {due.isoformat()}", _months_late(due, done))
        if short:
            return _missed(row, policy, f"{said}，{short}", None)
        weight = weight_of(row)
        text = f"{said}，不晚于 {due.isoformat()}，时效达成，记满分 {plain(weight)}（P10）"
        return computed(row, "deadline", weight, text)
    if short:
        return _missed(row, policy, f"实际 {short}", None)
    if actual.tier is not None:
        # P10: without a completion date the wording decides, as for R17.
        return _by_tier(row, policy, actual.tier)
    return manual(row, "deadline", f"实际完成值{quote(actual.raw)}未写明完成日期")


def _by_tier(row: Row, policy: Policy, tier: int) -> IndicatorResult:
    """No date: the tier text decides met or missed (P10 → R17)."""
    said = f"实际{quote(row.actual.raw)}"
    if tier == 1:
        weight = weight_of(row)
        return computed(
            row, "deadline", weight, f"{said}，时效达成，记满分 {plain(weight)}（P10，R17）"
        )
    return _missed(row, policy, said, None)


def _amount_short(row: Row) -> str | None:
    """For a compound target, why the amount due was not reached; None when reached."""
    target, actual = row.target, row.actual
    if target.value is None or actual.value is None:
        return None
    reached = actual.value
    if actual.unit != target.unit and actual.unit is not None and target.unit is not None:
        converted = to_unit(actual.value, actual.unit, target.unit)
        if converted is None:
            return None
        reached = converted
    if reached >= target.value:
        return None
    return f"完成 {shown(reached, target.unit)}，未达目标 {shown(target.value, target.unit)}"


def _missed(row: Row, policy: Policy, said: str, months: int | None) -> IndicatorResult:
    """A missed deadline: below the second-tier limit (tier2) or w − d × months (per_month)."""
    weight = weight_of(row)
    if policy.deadline_missed == "per_month":
        step = policy.deadline_deduction_per_month
        if months is None:
            # The lateness is unknown but at least one started month (P10).
            high = max(weight - step, ZERO)
            text = (
                f"{said}，时效未达成，逾期月数不明：得分应在 [0.00, {two(high)}]（P10 per_month）"
            )
            return banded(row, "deadline", ZERO, high, text)
        value = weight - step * months
        text = (
            f"{said}，逾期 {months} 个月：得分 = {plain(weight)} − {plain(step)} × {months}"
            f" = {two(max(value, ZERO))}（P10 per_month）"
        )
        return computed(row, "deadline", value, text)
    share = policy.qualitative_bands[0]
    limit = q2(share * weight)
    text = f"{said}，时效未达成：得分应低于 {_percent(share)} 即 [0, {two(limit)})（P10 tier2）"
    return banded(row, "deadline", ZERO, below(limit), text)


def _percent(share: Decimal) -> str:
    return f"{plain((share * 100).normalize())}%"


def _months_late(due: date, done: date) -> int:
    """Whole months late, a started month counting as a whole one (P10 per_month)."""
    months = (done.year - due.year) * 12 + done.month - due.month
    if done.day > due.day:
        months += 1
    return max(months, 1)
