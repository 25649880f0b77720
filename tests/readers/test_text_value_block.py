"""Indicator values printed as one block apart from their names: values read, names left out."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

HEAD = "财政项目支出绩效自评表 (2022 年度) 测试项目 项目名称 主管部门 测试局 "
TABLE = (
    "一级指标 二级指标 数量指标 三级指标 结算完成 年度 指标值 实际 完成值 分值 得分 "
    "=100% 100% 10 10 =100% 100% 20 20 及时 及时 20 20 =100% 100% 30 30 >=90% 100% 10 10 "
    "100 98.62 率 产出指标 质量指标 时效指标 效益指标 条款完成率 结算及时性 合同完成 率 总分"
)


def test_value_rows_and_the_total_after_them() -> None:
    [read] = read_form_text(HEAD + TABLE)
    form = read.form
    rows = [(i.name, i.level1, i.target, i.actual, i.weight, i.score) for i in form.indicators]
    assert rows == [
        (None, None, "=100%", "100%", D(10), D(10)),
        (None, None, "=100%", "100%", D(20), D(20)),
        (None, None, "及时", "及时", D(20), D(20)),
        (None, None, "=100%", "100%", D(30), D(30)),
        (None, None, ">=90%", "100%", D(10), D(10)),
    ]
    assert (form.total.weight, form.total.score) == (D(100), D("98.62"))
    assert [f.path for f in read.findings if f.code == "READ.columns-shifted"] == ["indicators"]


def test_weights_that_do_not_make_a_block_are_not_read() -> None:
    text = TABLE.replace("30 30 >=90%", "35 30 >=90%")  # 95: not the 90 or 100 of a form
    [read] = read_form_text(HEAD + text)
    assert read.form.indicators == ()
