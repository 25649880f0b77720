"""E12: reverse indicators scored full although the actual exceeds the ceiling (R11)."""

import pytest

from jixiao.checks import reverse_full_score

from .kit import CLEAN_ROWS, form, replace_row, run


@pytest.mark.parametrize(
    ("actual", "score", "expected"),
    [
        ("25天", "20", []),
        ("30天", "20", []),
        ("45天", "20", [("E12.reverse-scored-full", "indicators[1].score")]),
        ("45天", "13.33", []),  # A/B × w, scored by the rule (R11a)
        ("45", "20", [("E12.reverse-scored-full", "indicators[1].score")]),  # bare number: 天
    ],
)
def test_reverse_row(actual: str, score: str, expected: list) -> None:
    rows = replace_row(CLEAN_ROWS, 1, target="≤30天", actual=actual, score=score)
    assert run(reverse_full_score.check, form(*rows)) == expected


def test_cost_ceiling_in_other_money_unit() -> None:
    rows = replace_row(
        CLEAN_ROWS, 1, level2="成本指标", target="培训成本200万元", actual="2100000元", score="20"
    )
    assert run(reverse_full_score.check, form(*rows)) == [
        ("E12.reverse-scored-full", "indicators[1].score")
    ]


def test_full_marks_that_the_rule_itself_rounds_to_are_right() -> None:
    # 30 / 30.01 × 20 = 19.9933… → 19.99; 1000 / 1000.01 × 20 = 19.9998 → 20.00 (P9).
    rows = replace_row(CLEAN_ROWS, 1, target="≤1000天", actual="1000.01天", score="20")
    assert run(reverse_full_score.check, form(*rows)) == []
