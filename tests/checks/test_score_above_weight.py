"""E1: scores above their weight (R19)."""

from jixiao.checks import score_above_weight

from .kit import CLEAN_ROWS, form, funds, messages, replace_row, run


def test_clean_form_has_none() -> None:
    assert run(score_above_weight.check, form()) == []


def test_row_score_above_weight() -> None:
    f = form(*replace_row(CLEAN_ROWS, 1, score=21), total="100")
    assert run(score_above_weight.check, f) == [("E1.score-above-weight", "indicators[1].score")]
    assert messages(score_above_weight.check, f) == ["“完成时间”得分 21 超过分值 20（R19/E1）"]


def test_execution_and_total_above_weight() -> None:
    f = form(funds_block=funds(score="12"), total="102")
    assert run(score_above_weight.check, f) == [
        ("E1.score-above-weight", "funds.total.score"),
        ("E1.score-above-weight", "total.score"),
    ]


def test_score_equal_to_weight_is_fine() -> None:
    f = form(*replace_row(CLEAN_ROWS, 0, score=30))
    assert run(score_above_weight.check, f) == []
