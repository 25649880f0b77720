"""R14/P15 ranges: below, inside, above under both range_above settings; ± tolerance ranges."""

from decimal import Decimal

import pytest

from jixiao.model.policy import NATIONAL, Policy
from jixiao.scoring.range_ import score_range
from jixiao.values.types import TargetKind

from .rowkit import D, make_row, number, target

STRICT = NATIONAL.model_copy(update={"range_above": "strict"})
LINEAR = NATIONAL.model_copy(update={"reverse_method": "linear_deviation"})
RANGE = TargetKind.RANGE


def _range(low: str, high: str, unit: str | None = "个"):
    return target(RANGE, raw=f"{low}-{high}{unit or ''}", low=D(low), high=D(high), unit=unit)


@pytest.mark.parametrize(
    ("policy", "actual", "expected"),
    [
        (NATIONAL, "9", "11.25"),  # below: 9 ÷ 12 × 15
        (STRICT, "9", "11.25"),
        (NATIONAL, "12", "15.00"),  # bounds are inside
        (NATIONAL, "13", "15.00"),
        (STRICT, "15", "15.00"),
        (NATIONAL, "17", "15.00"),  # above, met: full weight
        (STRICT, "17", "13.24"),  # above, strict: 15 ÷ 17 × 15 = 13.235…
    ],
)
def test_range(policy: Policy, actual: str, expected: str) -> None:
    result = score_range(make_row(_range("12", "15"), number(actual), "15"), policy)
    assert result is not None
    assert result.score == Decimal(expected)


def test_seed_range_above_is_met_with_explanation() -> None:
    row = make_row(_range("12", "15"), number("17"), "15", "15")
    result = score_range(row, NATIONAL)
    assert result is not None
    assert result.explanation == "实际 17个 > 目标 12–15个 上限，记满分 15（R14，range_above=met）"


def test_percent_range() -> None:
    row = make_row(_range("80", "90", "%"), number("70", "%"), "10")
    result = score_range(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal("8.75")  # 70 ÷ 80 × 10


@pytest.mark.parametrize(
    ("policy", "deviation", "expected"),
    [
        (NATIONAL, "5", "10.00"),
        (NATIONAL, "-10", "10.00"),  # on the tolerance bound
        (NATIONAL, "15", "6.67"),  # two-sided: 10 ÷ 15 × 10
        (NATIONAL, "-15", "6.67"),
        (LINEAR, "15", "5.00"),  # (1 − 5 ÷ 10) × 10
        (STRICT, "15", "6.67"),  # range_above does not apply to ± tolerances
    ],
)
def test_tolerance_range(policy: Policy, deviation: str, expected: str) -> None:
    tol = target(RANGE, raw="±10%", low=D(-10), high=D(10), unit="%", tolerance=True)
    result = score_range(make_row(tol, number(deviation, "%")), policy)
    assert result is not None
    assert result.score == Decimal(expected)
    assert "P15" in result.explanation
