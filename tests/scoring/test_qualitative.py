"""R15–R17 qualitative tiers and bands under both band profiles (P4, P12)."""

from decimal import Decimal

import pytest

from jixiao.model.policy import NATIONAL, PROFILES, Policy
from jixiao.scoring.qualitative import score_qualitative, tier_band
from jixiao.values.types import TargetKind

from .rowkit import D, make_row, target, text, tier

JIANGXI = PROFILES["jiangxi-2017"]
QUAL = target(TargetKind.QUALITATIVE, raw="达到预期")
TIER_TEXT = {1: "达成年度指标", 2: "部分达成年度指标并具有一定效果", 3: "未达成年度指标且效果较差"}


@pytest.mark.parametrize(
    ("policy", "level", "low", "high"),
    [
        (NATIONAL, 1, "8.00", "10.00"),
        (NATIONAL, 2, "6.00", "7.99"),  # [6, 8): 8 belongs to tier 1
        (NATIONAL, 3, "0", "5.99"),
        (JIANGXI, 1, "8.00", "10.00"),
        (JIANGXI, 2, "5.00", "7.99"),
        (JIANGXI, 3, "0", "4.99"),
    ],
)
def test_tier_bands(policy: Policy, level: int, low: str, high: str) -> None:
    got_low, got_high, _ = tier_band(D(10), level, policy)
    assert (got_low, got_high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("level", "printed", "low", "high", "expected"),
    [
        (1, "10", "8.00", "10.00", "10.00"),
        (1, "9", "8.00", "10.00", "9.00"),
        (1, "7", "8.00", "10.00", "7.00"),  # below its band: still counts (P12), E7 reports it
        (2, "8", "6.00", "7.99", "8.00"),  # 8 is tier 1's: outside [6, 8), counted as printed
        (2, "6", "6.00", "7.99", "6.00"),
        (3, "6", "0.00", "5.99", "6.00"),
        (3, "12", "0.00", "5.99", "10.00"),  # above the weight: capped at it (R19)
        (1, None, "8.00", "10.00", None),
    ],
)
def test_printed_score_counts_capped_at_the_weight(
    level: int, printed: str | None, low: str, high: str, expected: str | None
) -> None:
    # P12: the rule score is the printed score capped at the weight; the band is only reported.
    row = make_row(QUAL, tier(level, TIER_TEXT[level]), "10", printed)
    result = score_qualitative(row, NATIONAL)
    assert result is not None
    assert result.method == "qualitative"
    assert (result.band_low, result.band_high) == (Decimal(low), Decimal(high))
    assert result.score == (Decimal(expected) if expected is not None else None)


def test_first_tier_explanation() -> None:
    row = make_row(QUAL, tier(1, "达成年度指标"), "10", "10")
    result = score_qualitative(row, NATIONAL)
    assert result is not None
    assert result.explanation.startswith(
        "“达成年度指标”为第一档，得分应在 [8.00, 10.00]（R15，qualitative_bands=80/60）"
    )


def test_jiangxi_bands_cite_r16() -> None:
    row = make_row(QUAL, tier(2, "部分达成预期指标并具有一定效果"), "10", "5")
    result = score_qualitative(row, JIANGXI)
    assert result is not None
    assert "[5.00, 8.00)" in result.explanation and "R16" in result.explanation
    assert result.score == Decimal("5.00")


def test_unknown_tier_needs_a_human() -> None:
    row = make_row(QUAL, text("各项工作有序推进"), "10", "9")
    result = score_qualitative(row, NATIONAL)
    assert result is not None
    assert (result.band_low, result.band_high) == (Decimal(0), Decimal(10))
    assert result.score == Decimal("9.00")
    assert "需人工判断档次" in result.explanation


def test_tier_actual_under_a_numeric_target_is_banded() -> None:
    numeric = target(TargetKind.POSITIVE, raw="≥90%", op=">=", value=D(90), unit="%")
    result = score_qualitative(make_row(numeric, tier(2, "部分达成年度指标"), "10", "7"), NATIONAL)
    assert result is not None
    assert (result.band_low, result.band_high, result.score) == (
        Decimal("6.00"),
        Decimal("7.99"),
        Decimal("7.00"),
    )


def test_numeric_row_without_tier_is_not_qualitative() -> None:
    numeric = target(TargetKind.POSITIVE, op=">=", value=D(90), unit="%")
    assert score_qualitative(make_row(numeric, text("较好")), NATIONAL) is None
