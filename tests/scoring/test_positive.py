"""R10 positive indicators: full at B ≥ A, else B ÷ A × w; units compared after conversion."""

from decimal import Decimal

import pytest

from jixiao.model.policy import NATIONAL
from jixiao.scoring.positive import score_positive
from jixiao.values.types import Actual, ActualKind, TargetKind

from .rowkit import D, make_row, number, target, text

POS = TargetKind.POSITIVE


@pytest.mark.parametrize(
    ("goal", "unit", "actual", "actual_unit", "weight", "expected"),
    [
        ("60", "%", "80", "%", "15", "15.00"),  # over → full
        ("60", "%", "60", "%", "15", "15.00"),  # exactly reached
        ("10", "个", "8", None, "15", "12.00"),  # under: 8 ÷ 10 × 15; bare number takes 个
        ("3", "家", "1", "家", "10", "3.33"),  # 3.333… rounds half-up
        ("3", "家", "2", "家", "10", "6.67"),
        ("10", "个", "0", None, "10", "0.00"),
        ("0", "个", "5", None, "10", "10.00"),  # zero target is met by any B ≥ 0 (R14)
        ("100", "万元", "500000", "元", "10", "5.00"),  # 50万元 ÷ 100万元
        ("90", "%", "100", None, "10", "10.00"),  # '100' read as percent
    ],
)
def test_positive_formula(
    goal: str, unit: str, actual: str, actual_unit: str | None, weight: str, expected: str
) -> None:
    row = make_row(
        target(POS, op=">=", value=D(goal), unit=unit), number(actual, actual_unit), weight
    )
    result = score_positive(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal(expected)
    assert result.scored and result.method == "positive"
    assert result.band_low == result.band_high == result.score


def test_positive_explanation_shows_the_arithmetic() -> None:
    row = make_row(target(POS, op=">=", value=D(10), unit="个"), number("8"), "15")
    result = score_positive(row, NATIONAL)
    assert result is not None
    assert result.explanation == "实际 8个 < 目标 10个，得分 = 8 ÷ 10 × 15 = 12.00（R10）"


def test_positive_met_explanation() -> None:
    row = make_row(target(POS, op=">=", value=D(60), unit="%"), number("80", "%"), "15")
    result = score_positive(row, NATIONAL)
    assert result is not None
    assert result.explanation == "实际 80.00% ≥ 目标 60.00%，记满分 15（R10）"


def test_incompatible_units_are_not_scored_numerically() -> None:
    row = make_row(target(POS, op=">=", value=D(90), unit="%"), number("28.8", "万元"), "10", "9")
    result = score_positive(row, NATIONAL)
    assert result is not None
    assert (result.band_low, result.band_high) == (Decimal(0), Decimal(10))
    assert result.score == Decimal("9.00")  # the printed score counts (P12)
    assert "单位不一致" in result.explanation and "需人工判断" in result.explanation


def test_text_actual_gets_a_human_band_without_printed_score() -> None:
    row = make_row(target(POS, op=">=", value=D(60), unit="%"), text("基本满足"), "15")
    result = score_positive(row, NATIONAL)
    assert result is not None
    assert result.score is None
    assert (result.band_low, result.band_high) == (Decimal(0), Decimal(15))


def test_other_kinds_are_not_positive() -> None:
    row = make_row(target(TargetKind.REVERSE, op="<=", value=D(1)), number("1"))
    assert score_positive(row, NATIONAL) is None


def test_finer_printed_amount_is_not_rounded_in_the_explanation() -> None:
    row = make_row(target(POS, op=">=", value=D("11.376"), unit="万元"), number("12", "万元"), "20")
    result = score_positive(row, NATIONAL)
    assert result is not None
    assert result.explanation == "实际 12.00万元 ≥ 目标 11.376万元，记满分 20（R10）"


def test_empty_actual_is_said_to_be_empty() -> None:
    empty = Actual(raw="无", kind=ActualKind.NONE)
    row = make_row(target(POS, op=">=", value=D(4), unit="家"), empty, "5", "0")
    result = score_positive(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal("0.00")
    assert result.explanation.startswith("实际完成值为空，需人工判断")
