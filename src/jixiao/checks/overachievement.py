"""E6: over-achievement — B/A at or above the profile's ratio, or an actual above a target range;
never deducted automatically, but an explanation is owed (R13, R14, R22, P3, P15)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import is_blank, make, num, quoted, score_text
from jixiao.checks._units import convert
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import ActualKind, TargetKind


def check(ev: Evaluation) -> Iterator[Finding]:
    for row in ev.rows:
        b = _actual(row)
        if b is None or not row.indicator.applicable:
            continue
        if row.target.kind in (TargetKind.POSITIVE, TargetKind.EQUAL):
            yield from _ratio(ev, row, b)
        elif row.target.kind == TargetKind.RANGE:
            yield from _range(ev, row, b)


def _actual(row: Row) -> Decimal | None:
    actual = row.actual
    if actual.kind != ActualKind.NUMBER or actual.value is None:
        return None
    return convert(actual.value, actual.unit, row.target.unit)


def _ratio(ev: Evaluation, row: Row, b: Decimal) -> Iterator[Finding]:
    # P3: applies to ≥ / > / = targets; A = 0 is tested against a fixed value only where a profile
    # says so (guangxi: B ≥ 30).
    a, policy = row.target.value, ev.policy
    if a is None or a < 0:
        return
    if a == 0:
        if policy.overachievement_zero_target is None or b < policy.overachievement_zero_target:
            return
        how = f"目标为 0，实际 {num(b)} 已达 {num(policy.overachievement_zero_target)}"
    else:
        if b / a < policy.overachievement_ratio:
            return
        how = f"实际 {row.actual.raw} 为目标 {row.target.raw} 的 {score_text(b / a)} 倍"
    yield make(
        "E6.overachievement",
        Severity.WARNING,
        f"{row.path}.actual",
        f"{quoted(row.indicator, row.index)}{how}（≥ {num(policy.overachievement_ratio)} 倍），"
        "请判断目标是否定得过低；不自动扣分（R13/P3/E6）",
        "E6",
    )
    yield from _explanation(ev, row)


def _range(ev: Evaluation, row: Row, b: Decimal) -> Iterator[Finding]:
    # P15: above the upper bound counts as met; info, warning when far above or for ± ranges.
    t = row.target
    if t.low is None or t.high is None:
        return
    outside = b > t.high or (t.tolerance and b < t.low)
    if not outside:
        return
    far = t.tolerance or (t.high > 0 and b >= ev.policy.overachievement_ratio * t.high)
    unit = row.actual.unit or t.unit or ""
    silent = is_blank(row.indicator.deviation)
    yield make(
        "E6.above-range",
        Severity.WARNING if far else Severity.INFO,
        f"{row.path}.actual",
        f"{quoted(row.indicator, row.index)}实际 {num(b)} {unit}超出目标区间 "
        f"{_span(t.raw, t.low, t.high, unit)}{'，未说明原因' if silent else ''}（R14/P15/E6）",
        "E6",
    )
    if far:
        yield from _explanation(ev, row)


def _explanation(ev: Evaluation, row: Row) -> Iterator[Finding]:
    # R22/P3: the explanation is owed; its absence is a warning, or an error under guangxi.
    if not is_blank(row.indicator.deviation):
        return
    yield make(
        "E6.no-explanation",
        Severity(ev.policy.overachievement_explanation),
        f"{row.path}.deviation",
        f"{quoted(row.indicator, row.index)}大幅超出目标，但未说明原因（R22/P3/E6）",
        "E6",
    )


def _span(raw: str, low: Decimal, high: Decimal, unit: str) -> str:
    if "±" in raw:
        return raw.strip()
    return f"{num(low)}–{num(high)} {unit}".rstrip()
