"""P10 deadlines: met, missed (tier2 band, per_month), compound targets, tier texts."""

from datetime import date
from decimal import Decimal

import pytest

from jixiao.model.policy import NATIONAL
from jixiao.scoring.deadline import _months_late, score_deadline
from jixiao.values.types import Target, TargetKind

from .rowkit import D, done_on, make_row, number, target, text, tier

PER_MONTH = NATIONAL.model_copy(update={"deadline_missed": "per_month"})
MAY_END = target(TargetKind.DEADLINE, raw="5月底前", deadline=date(2021, 5, 31))
SPEND_ALL = target(
    TargetKind.DEADLINE,
    raw="2021年9月30日前支出100%",
    deadline=date(2021, 9, 30),
    value=D(100),
    unit="%",
)


def test_met_on_the_deadline_gets_full_weight() -> None:
    row = make_row(MAY_END, done_on(date(2021, 5, 31)), "2", "2")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal("2.00")
    assert result.explanation == "完成于 2021-05-31，不晚于 2021-05-31，时效达成，记满分 2（P10）"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("1.8", "1.80"),  # the seed: 90% of 2 is above the band [0, 1.60) but still counts (P12)
        ("2.7", "2.00"),  # above the weight: capped at it (R19)
        ("1.2", "1.20"),  # inside the band
        ("0", "0.00"),
        (None, None),  # no printed score: only the band
    ],
)
def test_missed_deadline_tier2_counts_the_printed_score_capped_at_the_weight(
    printed: str | None, expected: str | None
) -> None:
    # P12: the band [0, 1.59] is reported; a printed score outside it is E7's, not the total's.
    row = make_row(MAY_END, done_on(date(2021, 9, 10), "项目于9月10日征集完毕"), "2", printed)
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert (result.band_low, result.band_high) == (Decimal(0), Decimal("1.59"))
    assert result.score == (Decimal(expected) if expected is not None else None)
    assert result.scored


def test_missed_deadline_explanation() -> None:
    row = make_row(MAY_END, done_on(date(2021, 9, 10)), "2", "1.8")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert result.explanation.startswith(
        "完成于 2021-09-10，晚于 2021-05-31，时效未达成：得分应低于 80% 即 [0, 1.60)（P10 tier2）"
    )
    assert result.explanation.endswith("；填报 1.8 不在区间内（见 E7），总分仍按填报得分计（P12）")


@pytest.mark.parametrize(
    ("printed", "note"),
    [
        ("1.2", "；取填报得分 1.20（P12）"),
        ("2.7", "；填报 2.7 不在区间内（见 E7），超过分值按 2.00 计（P12，R19）"),
        (None, "；未填报得分"),
    ],
)
def test_missed_deadline_explanation_says_what_counts(printed: str | None, note: str) -> None:
    row = make_row(MAY_END, done_on(date(2021, 9, 10)), "2", printed)
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert result.explanation.endswith(note)


def test_compound_target_with_tier_text_is_missed() -> None:
    # The seed's 经费支出进度: '2021年9月30日前支出100%' / '未达成年度指标', weight 2, printed 2.7.
    row = make_row(SPEND_ALL, tier(3, "未达成年度指标"), "2", "2.7")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal("2.00")  # capped at the weight (P12, R19), not clamped to 1.59
    assert (result.band_low, result.band_high) == (Decimal(0), Decimal("1.59"))
    assert "未达成年度指标" in result.explanation


@pytest.mark.parametrize(
    ("actual_day", "amount", "expected_full"),
    [
        (date(2021, 9, 20), "100", True),  # by the date and all spent
        (date(2021, 9, 20), "80", False),  # by the date but the amount short
        (date(2021, 10, 8), "100", False),  # all spent, too late
    ],
)
def test_compound_needs_date_and_amount(actual_day: date, amount: str, expected_full: bool) -> None:
    row = make_row(SPEND_ALL, done_on(actual_day, value=amount, unit="%"), "4", "3")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert (result.score == Decimal("4.00")) is expected_full


def test_compound_with_short_amount_and_no_date_is_missed() -> None:
    row = make_row(SPEND_ALL, number("60", "%"), "5", "2")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert result.band_high == Decimal("3.99")
    assert result.score == Decimal("2.00")


def test_first_tier_text_meets_the_deadline() -> None:
    row = make_row(MAY_END, tier(1, "达成年度指标"), "3", "3")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert result.score == Decimal("3.00")


def test_actual_without_a_date_needs_a_human() -> None:
    row = make_row(MAY_END, text("按计划推进"), "3", "3")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert (result.band_low, result.band_high, result.score) == (Decimal(0), Decimal(3), Decimal(3))
    assert "需人工判断" in result.explanation


@pytest.mark.parametrize(
    ("done", "printed", "expected"),
    [
        (date(2021, 9, 10), None, "1.00"),  # 3 months and 10 days late → 4 started months
        (date(2021, 6, 1), None, "4.00"),
        (date(2022, 3, 1), None, "0.00"),  # never below 0
    ],
)
def test_per_month(done: date, printed: str | None, expected: str) -> None:
    row = make_row(MAY_END, done_on(done), "5", printed)
    result = score_deadline(row, PER_MONTH)
    assert result is not None
    assert result.score == Decimal(expected)
    assert "per_month" in result.explanation


def test_per_month_with_unknown_lateness_is_a_band() -> None:
    row = make_row(MAY_END, tier(2, "部分达成年度指标并具有一定效果"), "5", "4.5")
    result = score_deadline(row, PER_MONTH)
    assert result is not None
    # The band is [0, w − d]; the printed 4.5 above it still counts (P12), E7's to report.
    assert (result.band_low, result.band_high, result.score) == (
        Decimal(0),
        Decimal(4),
        Decimal("4.50"),
    )


@pytest.mark.parametrize(
    ("due", "done", "months"),
    [
        (date(2021, 5, 31), date(2021, 9, 10), 4),
        (date(2021, 5, 31), date(2021, 6, 1), 1),
        (date(2021, 5, 15), date(2021, 6, 15), 1),
        (date(2021, 5, 15), date(2021, 6, 16), 2),
        (date(2021, 5, 15), date(2021, 5, 20), 1),
        (date(2021, 12, 31), date(2022, 1, 5), 1),
    ],
)
def test_months_late(due: date, done: date, months: int) -> None:
    assert _months_late(due, done) == months


def test_deadline_without_date_is_manual() -> None:
    row = make_row(Target(raw="按时", kind=TargetKind.DEADLINE), done_on(date(2021, 1, 1)), "2")
    result = score_deadline(row, NATIONAL)
    assert result is not None
    assert result.score is None and result.band_high == Decimal(2)
