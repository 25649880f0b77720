"""Name + unit + a run of digits: cut into target, weight, actual and score only when unique."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

TEXT = (
    "部门整体绩效自评表主管部门测试林业局"
    "指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
    "天然林管护任务完成率%901010010国家级公益林管护面积万亩2810810"
    "森林火灾受害率%0.910010有害生物成灾率%0.4100.110公益林提供管"
)


def test_digit_runs_cut_only_where_one_reading_fits() -> None:
    [read] = read_form_text(TEXT)
    rows = [(i.name, i.unit, i.target, i.weight, i.actual, i.score) for i in read.form.indicators]
    assert rows == [
        ("天然林管护任务完成率", "%", "90", D(10), "100", D(10)),
        ("国家级公益林管护面积", "万亩", None, None, None, None),  # 28|10|8|10 or 2|8|10|8
        ("森林火灾受害率", "%", "0.9", D(10), "0", D(10)),
        ("有害生物成灾率", "%", None, None, None, None),  # 0.4|10|0.1|10 or 0.4|10|0.11|0
    ]


def test_the_self_score_printed_in_the_header_is_the_total_score() -> None:
    [read] = read_form_text("部门整体绩效自评表主管部门测试局自评总分(分)97.93年初预算" + TEXT[10:])
    assert read.form.total.score == D("97.93")
    assert read.form.source_of("total.score").line == 1
    assert "READ.truncated" in {f.code for f in read.findings}  # no 总分 row: still cut short
