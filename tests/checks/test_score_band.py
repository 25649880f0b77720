"""E7: missed deadlines scored at 80% or more (P10), qualitative scores outside their tier (R15)."""

import pytest

from jixiao.checks import score_band
from jixiao.model.policy import NATIONAL

from .kit import CLEAN_ROWS, form, ind, messages, replace_row, run

TIMELY = 1  # CLEAN_ROWS[1] is the 6月底前 row, weight 20
QUALITY = 2  # CLEAN_ROWS[2] has weight 30


@pytest.mark.parametrize(
    ("actual", "score", "expected"),
    [
        ("6月20日完成", "20", []),
        ("8月10日完成", "15.9", []),  # below 80% of 20
        ("8月10日完成", "16", [("E7.deadline-missed-high", "indicators[1].score")]),
        ("8月10日完成", "18", [("E7.deadline-missed-high", "indicators[1].score")]),
        ("未达成年度指标", "18", [("E7.deadline-missed-high", "indicators[1].score")]),
    ],
)
def test_missed_deadline(actual: str, score: str, expected: list) -> None:
    rows = replace_row(CLEAN_ROWS, TIMELY, actual=actual, score=score)
    assert run(score_band.check, form(*rows)) == expected


def test_missed_deadline_message_names_dates_and_share() -> None:
    rows = replace_row(CLEAN_ROWS, TIMELY, actual="项目于9月10日完成", score="18")
    assert messages(score_band.check, form(*rows)) == [
        "“完成时间”要求“6月底前”，实际于9月10日完成，未按期完成，却得 18 分（分值 20 的 90%），"
        "逾期应低于 16 分（P10/E7）"
    ]


PER_MONTH = NATIONAL.model_copy(update={"deadline_missed": "per_month"})


def test_per_month_policy_has_no_band() -> None:
    rows = replace_row(CLEAN_ROWS, TIMELY, actual="8月10日完成", score="18")
    assert run(score_band.check, form(*rows), PER_MONTH) == []


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        ("19", []),  # at most w − d = 20 − 1: inside the band [0, 19]
        ("19.5", [("E7.deadline-missed-high", "indicators[1].score")]),
        ("20", [("E7.deadline-missed-high", "indicators[1].score")]),
        ("21", []),  # above the weight: E1's finding alone
    ],
)
def test_per_month_with_unknown_lateness_above_its_band(score: str, expected: list) -> None:
    # The total counts the printed score (P12), so E7 is the only finding naming this row.
    rows = replace_row(CLEAN_ROWS, TIMELY, actual="部分达成年度指标并具有一定效果", score=score)
    assert run(score_band.check, form(*rows), PER_MONTH) == expected


def test_per_month_message_names_the_band() -> None:
    rows = replace_row(CLEAN_ROWS, TIMELY, actual="部分达成年度指标并具有一定效果", score="20")
    assert messages(score_band.check, form(*rows), PER_MONTH) == [
        "“完成时间”要求“6月底前”，实际完成值为“部分达成年度指标并具有一定效果”，未按期完成，"
        "逾期至少一个月，得分应不高于 19 分，自评 20 分（P10/E7）"
    ]


@pytest.mark.parametrize(
    ("actual", "score", "expected"),
    [
        ("达成年度指标", "24", []),  # 80% of 30 belongs to the top tier
        ("达成年度指标", "23.9", [("E7.outside-band", "indicators[2].score")]),
        ("达成年度指标", "31", []),  # only above the weight: E1's finding
        ("部分达成年度指标并具有一定效果", "18", []),
        ("部分达成年度指标并具有一定效果", "24", [("E7.outside-band", "indicators[2].score")]),
        ("未达成年度指标且效果较差", "17.99", []),
        ("未达成年度指标且效果较差", "30", [("E7.outside-band", "indicators[2].score")]),
    ],
)
def test_qualitative_tier_band(actual: str, score: str, expected: list) -> None:
    rows = replace_row(
        CLEAN_ROWS, QUALITY, target="就业服务体系基本建成", actual=actual, score=score
    )
    assert run(score_band.check, form(*rows)) == expected


def test_a_deadline_row_without_a_date_is_unverified_not_missed() -> None:
    # "见附件" says nothing about when the work was done: no verdict, only a note (P10).
    row = ind("项目验收", "10月底前", "见附件", "5", "5")
    assert run(score_band.check, form(*CLEAN_ROWS, row)) == [
        ("E7.deadline-unverified", "indicators[4].actual")
    ]
