"""R12 "=" indicators: zero targets need B ≤ 0; others score like positives, no auto deduction."""

from decimal import Decimal

import pytest

from jixiao.model.policy import NATIONAL
from jixiao.scoring.equal import score_equal
from jixiao.values.types import TargetKind

from .rowkit import D, make_row, number, target


@pytest.mark.parametrize(
    ("goal", "actual", "expected"),
    [
        ("0", "0", "10.00"),  # A = 0, B = 0: reached exactly
        ("0", "3", "0.00"),  # A = 0, B > 0: e.g. 安全事故 = 0 but 3 happened
        ("5", "5", "10.00"),
        ("5", "4", "8.00"),  # under: 4 ÷ 5 × 10
        ("5", "7", "10.00"),  # over: full, the over-achievement is a check (P3), not a deduction
    ],
)
def test_equal(goal: str, actual: str, expected: str) -> None:
    row = make_row(target(TargetKind.EQUAL, op="=", value=D(goal), unit="次"), number(actual, "次"))
    result = score_equal(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal(expected)
    assert "R12" in result.explanation


def test_equal_zero_explanation() -> None:
    row = make_row(target(TargetKind.EQUAL, op="=", value=D(0), unit="起"), number("2", "起"), "5")
    result = score_equal(row, NATIONAL)
    assert result is not None
    assert result.explanation == "目标为 0，实际 2起 > 0，得分 0.00（R12）"
