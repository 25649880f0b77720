"""Shared arithmetic and result builders for the per-row scoring rules (P9, P16, R19)."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from jixiao.model.report import IndicatorResult
from jixiao.scoring.context import Row
from jixiao.values.numbers import to_unit
from jixiao.values.types import ActualKind, TargetKind

CENT = Decimal("0.01")
ZERO = Decimal(0)
# Units whose values are shown with two decimals in explanations (amounts and percents).
_TWO_DECIMAL_UNITS = frozenset({"%", "元", "千元", "万元", "亿元"})


def q2(value: Decimal) -> Decimal:
    """Round half-up to 2 decimals (P9); Python's round() would round half to even."""
    return value.quantize(CENT, ROUND_HALF_UP)


def cap(value: Decimal, weight: Decimal) -> Decimal:
    """A rule score: clamped into [0, weight] (R19), then rounded half-up to 2 dp (P9).

    A weight printed with three decimals could round above itself; the score is then cut down to
    the largest 2-dp value not above the weight, so that 0 ≤ s ≤ w always holds.
    """
    score = q2(min(max(value, ZERO), max(weight, ZERO)))
    if score > weight:
        score = max(weight, ZERO).quantize(CENT, ROUND_DOWN)
    return score


def below(limit: Decimal) -> Decimal:
    """The largest 2-dp value inside a half-open band up to ``limit``: [0, 1.60) → 1.59."""
    return max(q2(limit) - CENT, ZERO)


def plain(value: Decimal) -> str:
    """A number as printed, without exponent notation ('15', '12.5')."""
    return format(value, "f")


def two(value: Decimal) -> str:
    """A number with exactly two decimals, half-up ('5.30')."""
    return format(q2(value), "f")


def number_in(value: Decimal, unit: str | None) -> str:
    """The number alone; amounts and percents with (at least) two decimals, counts as printed.

    A value printed with more decimals keeps them: '≥11.376万元' must not be shown as 11.38.
    """
    exponent = value.as_tuple().exponent
    finer = isinstance(exponent, int) and exponent < -2
    return two(value) if unit in _TWO_DECIMAL_UNITS and not finer else plain(value)


def shown(value: Decimal, unit: str | None) -> str:
    """A value with its unit: '1467.42万元', '60.00%', '17个'."""
    return f"{number_in(value, unit)}{unit or ''}"


def quote(text: str, limit: int = 16) -> str:
    """Cell text in Chinese quotes, shortened so that an explanation stays one line."""
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[:limit] + '…'}”"


def weight_of(row: Row) -> Decimal:
    """The row's 分值; rows without one are excluded before any numeric rule runs (P5)."""
    weight = row.indicator.weight
    if weight is None:
        raise ValueError(f"{row.path} 没有分值")
    return weight


def actual_in_target_unit(row: Row, target_unit: str | None) -> Decimal | str:
    """The actual value in the target's unit, or a Chinese reason why it cannot be compared.

    A bare number is read in the other side's unit ('17' against '12-15个'); 元/万元 and other exact
    scales are converted; any other pair of different units is incompatible and not scored
    numerically.
    """
    actual = row.actual
    if actual.kind is ActualKind.NONE:
        return "实际完成值为空"
    if actual.kind is not ActualKind.NUMBER or actual.value is None:
        return "实际完成值不是数值"
    if actual.unit is None or target_unit is None or actual.unit == target_unit:
        return actual.value
    converted = to_unit(actual.value, actual.unit, target_unit)
    if converted is None:
        return f"单位不一致（目标 {target_unit}，实际 {actual.unit}），无法换算"
    return converted


def numeric_inputs(
    row: Row, kind: TargetKind, method: str
) -> tuple[Decimal, Decimal] | IndicatorResult | None:
    """(target bound, actual in the target's unit) for a row of this kind.

    None when the row is not of ``kind``; a band for a human (``manual``) when the target has no
    number or the actual cannot be compared with it. Shared by the single-bound rules (R10–R12).
    """
    target = row.target
    if target.kind is not kind:
        return None
    if target.value is None:
        return manual(row, method, "目标值缺少数字")
    actual = actual_in_target_unit(row, target.unit)
    if isinstance(actual, str):
        return manual(row, method, actual)
    return target.value, actual


def computed(row: Row, method: str, value: Decimal, explanation: str) -> IndicatorResult:
    """A row scored by formula: the score is the capped, rounded formula value."""
    score = cap(value, weight_of(row))
    return IndicatorResult(
        index=row.index,
        method=method,
        scored=True,
        score=score,
        band_low=score,
        band_high=score,
        explanation=explanation,
    )


def banded(row: Row, method: str, low: Decimal, high: Decimal, explanation: str) -> IndicatorResult:
    """A band-scored row: the rules allow [low, high]; the unit's printed score counts, capped.

    RULES.md P16 ("clamped into its band") and P12 ("the printed score, capped at the weight …
    does not change the computed total") disagree; we follow P12 and its seed example: the total
    counts the printed score capped at the weight (R19), and a score outside the band is E7's
    finding, so a judgement call stays a warning instead of also becoming a total mismatch.
    ``high`` is the largest 2-dp score allowed (1.59 for the half-open band [0, 1.60)); without a
    printed score the rule score is None and only the band is reported.
    """
    weight = weight_of(row)
    high = cap(high, weight)
    low = min(cap(low, weight), high)
    printed = row.indicator.score
    if printed is None:
        return IndicatorResult(
            index=row.index,
            method=method,
            scored=True,
            band_low=low,
            band_high=high,
            explanation=f"{explanation}；未填报得分",
        )
    score = cap(printed, weight)
    if low <= printed <= high:
        note = f"；取填报得分 {two(score)}（P12）"
    elif score == printed:
        note = f"；填报 {plain(printed)} 不在区间内（见 E7），总分仍按填报得分计（P12）"
    else:
        capped = two(score)
        note = f"；填报 {plain(printed)} 不在区间内（见 E7），超过分值按 {capped} 计（P12，R19）"
    return IndicatorResult(
        index=row.index,
        method=method,
        scored=True,
        score=score,
        band_low=low,
        band_high=high,
        explanation=explanation + note,
    )


def manual(row: Row, method: str, reason: str, what: str = "") -> IndicatorResult:
    """A row the rules cannot score numerically: band [0, w] for a human to judge (P16)."""
    weight = weight_of(row)
    text = f"{reason}，需人工判断{what}：得分应在 [0.00, {two(weight)}]"
    return banded(row, method, ZERO, weight, text)
