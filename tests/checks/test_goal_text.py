"""E14: 实际完成情况 against 预期目标 and against the indicator table."""

import pytest

from jixiao.checks import goal_text
from jixiao.model.form import Goals

from .kit import CLEAN_ROWS, form, ind, run

EXPECTED = "年度目标：完成职业技能培训100人次，学员就业率达到80%以上，学员满意度不低于90%。"


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (EXPECTED, [("E14.copied-goal", "goals.actual")]),
        (
            "完成职业技能培训100人次，学员就业率达到80%以上，学员满意度不低于90%",
            [("E14.copied-goal", "goals.actual")],
        ),
        (
            "完成职业技能培训110人次，学员就业率达到85%以上，学员满意度不低于95%。",
            [("E14.copied-goal", "goals.actual")],
        ),
        ("全年培训110人次，就业率85%，满意度95%，超额完成。", []),
        ("", []),
    ],
)
def test_copied_goal(actual: str, expected: list) -> None:
    f = form(goals=Goals(expected=EXPECTED, actual=actual or None))
    assert run(goal_text.check, f) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("年度各项任务已全部完成。", [("E14.contradicts-table", "goals.actual")]),
        ("部分任务未全部完成，线上课程未启动。", []),
    ],
)
def test_claim_against_rows_not_started(actual: str, expected: list) -> None:
    rows = (*CLEAN_ROWS, ind("线上课程", "≥10门", "无", None, None))
    f = form(*rows, goals=Goals(expected=EXPECTED, actual=actual))
    assert run(goal_text.check, f) == expected


def test_claim_is_fine_when_every_row_was_done() -> None:
    f = form(goals=Goals(expected=EXPECTED, actual="年度各项任务已全部完成，培训110人次。"))
    assert run(goal_text.check, f) == []
