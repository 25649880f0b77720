"""E5 (rows): explanations owed by rows below their weight or left out of scoring (R22)."""

import pytest

from jixiao.checks import deviation_explanation

from .kit import CLEAN_ROWS, form, ind, messages, replace_row, run


@pytest.mark.parametrize(
    ("deviation", "expected"),
    [
        (None, [("E5.no-explanation", "indicators[0].deviation")]),
        ("无", [("E5.no-explanation", "indicators[0].deviation")]),
        ("／", [("E5.no-explanation", "indicators[0].deviation")]),
        ("已完成", [("E5.boilerplate", "indicators[0].deviation")]),
        ("已全部完成。", [("E5.boilerplate", "indicators[0].deviation")]),
        ("受疫情影响两期培训延期，已调整至次年上半年", []),
    ],
)
def test_score_below_weight(deviation: str | None, expected: list) -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual="80人次", score="24", deviation=deviation)
    assert run(deviation_explanation.check, form(*rows)) == expected


def test_full_score_owes_nothing() -> None:
    rows = replace_row(CLEAN_ROWS, 0, deviation=None)
    assert run(deviation_explanation.check, form(*rows)) == []


def test_excluded_row_with_target_and_no_word() -> None:
    rows = (*CLEAN_ROWS, ind("线上课程", "≥10门", "无", None, None))
    assert run(deviation_explanation.check, form(*rows)) == [
        ("E5.no-explanation", "indicators[4].deviation")
    ]
    assert messages(deviation_explanation.check, form(*rows)) == [
        "“线上课程”有年度指标值“≥10门”，实际完成值为“无”且未计分，"
        "但偏差原因分析及改进措施未作任何说明（R22/E5）"
    ]


def test_excluded_row_with_reason_is_fine() -> None:
    rows = (*CLEAN_ROWS, ind("线上课程", "≥10门", "无", None, None, "平台建设推迟至次年"))
    assert run(deviation_explanation.check, form(*rows)) == []


def test_excluded_row_that_met_its_target_owes_nothing() -> None:
    rows = (*CLEAN_ROWS, ind("其中线上培训", "20人次", "20人次", None, None))
    assert run(deviation_explanation.check, form(*rows)) == []


def test_last_row_of_a_form_cut_before_its_total_is_not_judged() -> None:
    rows = (*CLEAN_ROWS, ind("线上课程", "≥10门", None, None, None))
    assert run(deviation_explanation.check, form(*rows, total=None, total_weight=None)) == []
