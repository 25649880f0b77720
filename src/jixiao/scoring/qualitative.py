"""Qualitative (定性) rows: the tier of the actual picks a score band (R15–R17, P4, P16)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import ZERO, banded, below, manual, q2, quote, two, weight_of
from jixiao.scoring.context import Row
from jixiao.values.types import ActualKind, TargetKind

_TIER_NAMES = {1: "第一档", 2: "第二档", 3: "第三档"}


def score_qualitative(row: Row, policy: Policy) -> IndicatorResult | None:
    """A 定性 target, or a non-deadline target whose actual is a tier text, is banded (R15)."""
    target, actual = row.target, row.actual
    # A tier read beside a number or a date counts only under a 定性 target; under a numeric target
    # the number decides, and only a pure tier text ('达成年度指标') makes the row banded (R17).
    qualitative = target.kind is TargetKind.QUALITATIVE
    if not qualitative and actual.kind is not ActualKind.TIER:
        return None
    if actual.tier not in _TIER_NAMES or actual.tier is None:
        return manual(row, "qualitative", f"实际完成值{quote(actual.raw)}无法对应档次", "档次")
    low, high, shown_band = tier_band(weight_of(row), actual.tier, policy)
    rule = "R15" if policy.qualitative_bands == (Decimal("0.8"), Decimal("0.6")) else "R16"
    setting = "/".join(two(b * 100).removesuffix(".00") for b in policy.qualitative_bands)
    text = (
        f"{quote(actual.raw)}为{_TIER_NAMES[actual.tier]}，得分应在 {shown_band}"
        f"（{rule}，qualitative_bands={setting}）"
    )
    return banded(row, "qualitative", low, high, text)


def tier_band(weight: Decimal, tier: int, policy: Policy) -> tuple[Decimal, Decimal, str]:
    """(lowest, highest 2-dp score allowed, band as shown) for a tier; limits belong upward (P4)."""
    upper, lower = (q2(share * weight) for share in policy.qualitative_bands)
    if tier == 1:
        return upper, q2(weight), f"[{two(upper)}, {two(weight)}]"
    if tier == 2:
        return lower, max(below(upper), lower), f"[{two(lower)}, {two(upper)})"
    return ZERO, below(lower), f"[0.00, {two(lower)})"
