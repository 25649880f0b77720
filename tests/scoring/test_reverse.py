"""R11 reverse indicators under both P1 methods, durations and P11 cost ceilings."""

from decimal import Decimal

import pytest

from jixiao.model.policy import NATIONAL, Policy
from jixiao.scoring.reverse import score_reverse
from jixiao.values.types import TargetKind

from .rowkit import D, make_row, number, target

LINEAR = NATIONAL.model_copy(update={"reverse_method": "linear_deviation"})
REV = TargetKind.REVERSE


@pytest.mark.parametrize(
    ("policy", "limit", "actual", "weight", "expected"),
    [
        (NATIONAL, "10", "15", "6", "4.00"),  # R11a: 10 ÷ 15 × 6 = 0.667w
        (LINEAR, "10", "15", "6", "3.00"),  # R11b: (1 − 5 ÷ 10) × 6 = 0.5w
        (NATIONAL, "10", "15", "3", "2.00"),
        (LINEAR, "10", "15", "3", "1.50"),
        (NATIONAL, "10", "10", "6", "6.00"),  # B = A is within the limit
        (LINEAR, "10", "8", "6", "6.00"),
        (NATIONAL, "10", "20", "6", "3.00"),  # ratio never reaches 0
        (LINEAR, "10", "20", "6", "0.00"),  # linear reaches 0 at B = 2A
        (LINEAR, "10", "35", "6", "0.00"),
        (NATIONAL, "0", "5", "6", "0.00"),  # nothing allowed, something spent
        (NATIONAL, "30", "45", "5", "3.33"),  # duration '≤30天' done in 45 days
    ],
)
def test_reverse_methods(
    policy: Policy, limit: str, actual: str, weight: str, expected: str
) -> None:
    row = make_row(target(REV, op="<=", value=D(limit), unit="天"), number(actual, "天"), weight)
    result = score_reverse(row, policy)
    assert result is not None
    assert result.score == Decimal(expected)


def test_reverse_ratio_explanation() -> None:
    row = make_row(target(REV, op="<=", value=D(10)), number("15"), "6")
    result = score_reverse(row, NATIONAL)
    assert result is not None
    assert result.explanation == "实际 15 > 目标 10，得分 = 10 ÷ 15 × 6 = 4.00（R11a）"


def test_reverse_linear_explanation_names_the_setting() -> None:
    row = make_row(target(REV, op="<=", value=D(10)), number("15"), "6")
    result = score_reverse(row, LINEAR)
    assert result is not None
    assert result.explanation == (
        "实际 15 > 目标 10，得分 = (1 − (15 − 10) ÷ 10) × 6 = 3.00（R11b，linear_deviation）"
    )


def test_cost_ceiling_within_limit_gets_full_weight() -> None:
    # P11: '支持特色园区项目2000万元' under 成本指标 is a ceiling; 1467.42万元 is within it.
    ceiling = target(REV, raw="支持特色园区项目2000万元", op="<=", value=D(2000), unit="万元")
    row = make_row(ceiling, number("1467.42", "万元"), "10", "10", category="成本")
    result = score_reverse(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal("10.00")
    assert result.explanation == "实际 1467.42万元 ≤ 目标 2000.00万元，记满分 10（P11，R11a）"


def test_cost_ceiling_converts_yuan_to_wan() -> None:
    ceiling = target(REV, op="<=", value=D(100), unit="万元")
    row = make_row(ceiling, number("1250000", "元"), "10", category="成本")
    result = score_reverse(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal("8.00")  # 100 ÷ 125 × 10
