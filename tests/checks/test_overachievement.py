"""E6: over-achievement (R13, P3) and actuals above a target range (R14, P15)."""

import pytest

from jixiao.checks import overachievement
from jixiao.model.finding import Severity
from jixiao.model.policy import PROFILES

from .kit import CLEAN_ROWS, evaluation, form, messages, replace_row, run

GUANGXI = PROFILES["guangxi"]


@pytest.mark.parametrize(
    ("actual", "deviation", "expected"),
    [
        ("119人次", None, []),
        (
            "120人次",
            None,
            [
                ("E6.overachievement", "indicators[0].actual"),
                ("E6.no-explanation", "indicators[0].deviation"),
            ],
        ),
        ("150人次", "追加了两期培训", [("E6.overachievement", "indicators[0].actual")]),
    ],
)
def test_ratio(actual: str, deviation: str | None, expected: list) -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual=actual, deviation=deviation)
    assert run(overachievement.check, form(*rows)) == expected


def test_guangxi_ratio_and_mandatory_explanation() -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual="125人次")
    assert run(overachievement.check, form(*rows), GUANGXI) == []
    rows = replace_row(CLEAN_ROWS, 0, actual="130人次")
    found = list(overachievement.check(evaluation(form(*rows), GUANGXI)))
    assert [(f.code, f.severity) for f in found] == [
        ("E6.overachievement", Severity.WARNING),
        ("E6.no-explanation", Severity.ERROR),
    ]


@pytest.mark.parametrize(
    ("actual", "deviation", "expected"),
    [
        ("14个", None, []),
        ("11个", None, []),  # a shortfall is scored, not over-achievement
        ("17个", None, [("E6.above-range", "indicators[0].actual", "info")]),
        ("17个", "需求超出预期", [("E6.above-range", "indicators[0].actual", "info")]),
        (
            "18个",
            None,
            [
                ("E6.above-range", "indicators[0].actual", "warning"),
                ("E6.no-explanation", "indicators[0].deviation", "warning"),
            ],
        ),
    ],
)
def test_range(actual: str, deviation: str | None, expected: list) -> None:
    rows = replace_row(CLEAN_ROWS, 0, target="12-15个", actual=actual, deviation=deviation)
    found = overachievement.check(evaluation(form(*rows)))
    assert [(f.code, f.path, f.severity.value) for f in found] == expected


def test_range_message() -> None:
    rows = replace_row(CLEAN_ROWS, 0, name="支持园区", target="12-15个", actual="17")
    assert messages(overachievement.check, form(*rows)) == [
        "“支持园区”实际 17 个超出目标区间 12–15 个，未说明原因（R14/P15/E6）"
    ]


def test_tolerance_range_outside_on_either_side_is_a_warning() -> None:
    rows = replace_row(CLEAN_ROWS, 2, target="±10%", actual="-12%")
    found = overachievement.check(evaluation(form(*rows)))
    assert [(f.code, f.severity.value) for f in found] == [
        ("E6.above-range", "warning"),
        ("E6.no-explanation", "warning"),
    ]
