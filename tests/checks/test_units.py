"""E8: units missing or not comparable (R25)."""

from jixiao.checks import units

from .kit import CLEAN_ROWS, form, ind, replace_row, run


def test_clean_form_without_unit_column_has_none() -> None:
    assert run(units.check, form()) == []


def test_missing_unit_where_the_template_has_a_unit_column() -> None:
    rows = (
        ind("培训人次", "≥100", "110", "30", "30", unit="人次"),
        ind("课程数", "≥12", "12", "20", "20"),
        *CLEAN_ROWS[2:],
    )
    assert run(units.check, form(*rows)) == [("E8.missing-unit", "indicators[1].unit")]


def test_target_unit_against_unit_column() -> None:
    rows = replace_row(CLEAN_ROWS, 2, target="≥28.8万元", actual="30万元", unit="%")
    assert run(units.check, form(*rows)) == [("E8.unit-mismatch", "indicators[2].target")]


def test_actual_unit_against_target_unit() -> None:
    rows = replace_row(CLEAN_ROWS, 2, actual="85万元")
    assert run(units.check, form(*rows)) == [("E8.unit-mismatch", "indicators[2].actual")]


def test_counting_words_are_comparable() -> None:
    rows = replace_row(CLEAN_ROWS, 0, target="≥100人次", actual="110人")
    assert run(units.check, form(*rows)) == []


def test_quantitative_nature_with_text_target() -> None:
    rows = replace_row(CLEAN_ROWS, 0, target="按月安排", nature="定量")
    assert run(units.check, form(*rows)) == [("E8.text-for-quantity", "indicators[0].target")]
