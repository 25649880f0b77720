"""A department form's budget row glued after its header (020), on its real line quoted inline."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

# 020's line 2, cut after the budget row (the OCR left 'O' for the lost amounts, 'If' for 调).
LINE = (
    "1、部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人曾雪莲联系电话部门预算执行情况"
    "相)预资5年初预算数全年(If整)预算数全年执行数执行率(%)执行率权重执行率得分(分)O76%107.6"
    "当年绩效目标年初绩效目标"
)


def total(text: str) -> tuple[D | None, D | None, D | None, D | None]:
    [read] = read_form_text(text)
    row = read.form.funds.total
    return row.adjusted, row.rate, row.weight, row.score


def test_the_rate_and_the_weight_and_score_split_where_r3_holds() -> None:
    assert total(LINE) == (None, D(76), D(10), D("7.6"))


def test_a_run_is_split_only_where_the_score_is_the_weight_times_the_rate() -> None:
    # No cut of '109.9' gives 得分 = 权重 × 76%: nothing is read, not even the rate.
    assert total(LINE.replace("107.6", "109.9")) == (None, None, None, None)
    # '105' at 50%: 10 and 5 (1 and 05 is no number; 10.5 would need a 得分 after it).
    assert total(LINE.replace("76%107.6", "50%105")) == (None, D(50), D(10), D(5))


def test_amounts_printed_before_the_rate_are_not_this_layout() -> None:
    assert total(LINE.replace("O76%", "100.0076.0076%")) == (None, None, None, None)
