"""E10 (rows): printed row scores against the rule scores (R9–R14, P12)."""

import pytest

from jixiao.checks import rule_score
from jixiao.model.finding import Severity

from .kit import CLEAN_ROWS, evaluation, form, messages, replace_row, run


@pytest.mark.parametrize(
    ("actual", "score", "expected"),
    [
        ("110人次", "30", []),
        ("80人次", "24", []),  # B/A × w (R10)
        ("80人次", "24.0", []),
        ("80人次", "30", [("E10.row-score", "indicators[0].score")]),
        ("80人次", "20", [("E10.row-score", "indicators[0].score")]),  # below the rule: warning
        ("80人次", "31", []),  # above the weight: E1's finding
    ],
)
def test_positive_row(actual: str, score: str, expected: list) -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual=actual, score=score)
    assert run(rule_score.check, form(*rows)) == expected


def test_message_gives_both_scores() -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual="80人次", score="30")
    assert messages(rule_score.check, form(*rows))[0].startswith(
        "“培训人次”自评 30 分，按规则应得 24 分"
    )


def test_reverse_overshoot_is_left_to_e12() -> None:
    rows = replace_row(CLEAN_ROWS, 1, target="≤30天", actual="45天", score="20")
    assert run(rule_score.check, form(*rows)) == []


def test_band_rows_are_left_to_e7() -> None:
    rows = replace_row(CLEAN_ROWS, 1, actual="9月10日完成", score="18")
    assert run(rule_score.check, form(*rows)) == []


@pytest.mark.parametrize(("score", "severity"), [("30", Severity.ERROR), ("20", Severity.WARNING)])
def test_over_scoring_is_an_error_under_scoring_a_warning(score: str, severity: Severity) -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual="80人次", score=score)
    assert [f.severity for f in rule_score.check(evaluation(form(*rows)))] == [severity]
