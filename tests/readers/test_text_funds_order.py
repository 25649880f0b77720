"""A funds block with its values printed before the row labels is not read row by row."""

from __future__ import annotations

from jixiao.readers.text import read_form_text

SCRAMBLED = (
    "财政项目支出绩效自评表 (2022 年度) 项目名称 测试项目 主管部门 测试局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 "
    "— 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元)"
)


def test_values_before_labels_leave_the_funds_rows_empty_with_a_finding() -> None:
    [read] = read_form_text(SCRAMBLED)
    funds = read.form.funds
    assert (funds.carryover.initial, funds.other.initial, funds.total.initial) == (None,) * 3
    assert [f.path for f in read.findings if f.code == "READ.columns-shifted"] == ["funds"]


def test_labels_before_values_are_read() -> None:
    text = SCRAMBLED.replace("得分 250000.00", "得分 年度资金总额 250000.00")
    [read] = read_form_text(text)
    assert read.form.funds.total.initial is not None
