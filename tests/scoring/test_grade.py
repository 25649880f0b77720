"""P8 half-open grade bands."""

from decimal import Decimal

import pytest

from jixiao.model.report import TotalResult
from jixiao.scoring.grade import grade_of, score_grade


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        ("100", "优"),
        ("90", "优"),
        ("90.00", "优"),
        ("89.99", "良"),
        ("89.5", "良"),
        ("80", "良"),
        ("79.99", "中"),
        ("60", "中"),
        ("59.99", "差"),
        ("0", "差"),
    ],
)
def test_grade_bands(total: str, grade: str) -> None:
    assert grade_of(Decimal(total)) == grade


def test_grade_explanation() -> None:
    result = score_grade(TotalResult(score=Decimal("89.50")))
    assert result.grade == "良"
    assert result.explanation == "总分 89.50 在 [80, 90)，等级“良”（P8）"


def test_no_total_no_grade() -> None:
    assert score_grade(TotalResult()).grade is None
