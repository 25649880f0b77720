"""E13: rows with a target left out of scoring, and the rescaled total (R18, P5)."""

from jixiao.checks import excluded_rows
from jixiao.model.finding import Severity

from .kit import CLEAN_ROWS, evaluation, form, ind, messages, run

NOT_STARTED = (
    ind("线上课程", "≥10门", "无", None, None, "平台建设推迟"),
    ind("外出考察", "2次", None, None, None),
)


def test_each_excluded_row_with_a_target_and_the_rescaled_total() -> None:
    f = form(*CLEAN_ROWS, *NOT_STARTED)
    found = list(excluded_rows.check(evaluation(f)))
    assert [(x.code, x.path, x.severity) for x in found] == [
        ("E13.excluded-row", "indicators[4].weight", Severity.WARNING),
        ("E13.excluded-row", "indicators[5].weight", Severity.WARNING),
        ("E13.rescaled-total", "total.score", Severity.INFO),
    ]
    assert found[0].message == (
        "“线上课程”有年度指标值“≥10门”，实际完成值“无”，分值、得分均未填写（“-”），"
        "未计入评分（R18/P5/E13）"
    )


def test_not_applicable_marker_and_rescaling() -> None:
    rows = (*CLEAN_ROWS[:3], CLEAN_ROWS[3].model_copy(update={"applicable": False}))
    f = form(*rows, total="90")
    assert run(excluded_rows.check, f) == [
        ("E13.excluded-row", "indicators[3].weight"),
        ("E13.rescaled-total", "total.score"),
    ]
    assert "标注为不适用" in messages(excluded_rows.check, f)[0]
    # 90 scored points over 90 applicable points: 100 on the rescaled scale (R18).
    assert "折算为百分制的总分为 100" in messages(excluded_rows.check, f)[1]


def test_dashed_row_without_target_is_not_reported() -> None:
    assert run(excluded_rows.check, form(*CLEAN_ROWS, ind("备注", None, None, None, None))) == []


def test_clean_form_has_none() -> None:
    assert run(excluded_rows.check, form()) == []


def test_last_row_of_a_form_cut_before_its_total_is_not_reported() -> None:
    rows = (*CLEAN_ROWS, *NOT_STARTED)
    assert run(excluded_rows.check, form(*rows, total=None, total_weight=None)) == [
        ("E13.excluded-row", "indicators[4].weight"),
        ("E13.rescaled-total", "total.score"),
    ]


def test_detail_rows_under_a_scored_row_are_not_excluded_rows() -> None:
    # Anhui forms itemise a scored row in '其中…' rows that carry no weight of their own.
    detail = ind("其中桃树种植面积", "1.5亩", "1.5亩", None, None)
    assert run(excluded_rows.check, form(*CLEAN_ROWS, detail)) == []
    plain = ind("桃树种植面积", "1.5亩", "1.5亩", None, None)
    assert run(excluded_rows.check, form(*CLEAN_ROWS, plain)) == [
        ("E13.excluded-row", "indicators[4].weight"),
        ("E13.rescaled-total", "total.score"),
    ]
