"""The Suzhou 2017 funds block (035): two sub-tables that must agree, on its real line inline."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

# 035's first line, cut after the funds block.
LINE = (
    "1、苏州市级财政支出项目绩效自评价报告苏州市级财政支出项目绩效自评表项目名称 市管绿地养护 "
    "项目年份 2017项目主管部门(单位) 苏州市园林和绿化管理局年初预算数当年使用上年结余、结转及当年"
    "调整预算数 财政拨款数指标结余数市级预算执行情况(万元) 2960.00 0.00 2960.00 0.00其中:财政拨款数"
    " 实际支付数 资金结余、结转数 结转数 财政收回 数市级财政资金使用情况(万元) 2960.00 2798.30 "
    "161.70 0.00 0.00子项目名称 实际金额(万元)合计 2798.3"
)


def total(text: str) -> tuple[D | None, D | None, D | None]:
    [read] = read_form_text(text)
    row = read.form.funds.total
    return row.initial, row.adjusted, row.executed


def test_initial_budget_and_actual_payment_when_both_sub_tables_agree() -> None:
    assert total(LINE) == (D("2960.00"), None, D("2798.30"))


def test_sub_tables_that_disagree_or_miss_a_number_are_left_out() -> None:
    # 2798.30 + 161.70 is not 2950.00: the two 财政拨款数 differ.
    assert total(LINE.replace("(万元) 2960.00 2798.30", "(万元) 2950.00 2798.30")) == (None,) * 3
    # Four numbers for five columns: which one is missing is not known.
    assert total(LINE.replace("161.70 0.00 0.00", "161.70 0.00")) == (None,) * 3
