"""E10 (total): the printed total against the computed total, naming the rows (P12)."""

from jixiao.checks import computed_total

from .kit import CLEAN_ROWS, form, messages, replace_row, run


def test_clean_form_has_none() -> None:
    assert run(computed_total.check, form()) == []


def test_full_score_below_target_makes_the_total_differ() -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual="80人次")
    f = form(*rows)
    assert run(computed_total.check, f) == [("E10.total-mismatch", "total.score")]
    assert messages(computed_total.check, f) == [
        "总分 100 与按规则计算的 94 不符，差异来自：“培训人次”（自评 30，规则 24）（P12/E10）"
    ]


def test_arithmetic_slip_only_points_to_e2() -> None:
    f = form(total="98")
    assert run(computed_total.check, f) == [("E10.total-mismatch", "total.score")]
    assert "总分加总本身（见 E2）" in messages(computed_total.check, f)[0]


def test_printed_precision() -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual="99.9人次", score="29.97")
    assert run(computed_total.check, form(*rows, total="100")) == []
    assert run(computed_total.check, form(*rows, total="99.97")) == []
    assert run(computed_total.check, form(*rows, total="99.9")) == [
        ("E10.total-mismatch", "total.score")
    ]


def test_scores_printed_without_weights_are_not_totalled() -> None:
    rows = tuple(r.model_copy(update={"weight": None}) for r in CLEAN_ROWS)
    assert run(computed_total.check, form(*rows, total="95")) == []


def test_form_without_rows_is_not_totalled() -> None:
    f = form(total="95").model_copy(update={"indicators": ()})
    assert run(computed_total.check, f) == []
