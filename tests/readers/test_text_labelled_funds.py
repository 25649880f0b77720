"""Funds printed as labelled amounts go to the column group they are printed in."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

TITLE = "补助资金区域绩效目标自评表\n专项名称\n补助资金\n"


def test_groups_and_a_sub_row_printed_once_per_group() -> None:
    cells = [
        "预算执行情况", "预算数:", "2.38", "执行数:", "2.38", "20",
        "其中:中央补助", "  2.38  万元", "其中:中央补助", "2.38万元",
        "地方资金/其他", "万元", "地方资金/其他", "万元", "年度目标完成情况",
    ]  # fmt: skip
    [read] = read_form_text(TITLE + "\n\n".join(cells))
    funds = read.form.funds
    assert (funds.total.adjusted, funds.total.executed) == (D("2.38"), D("2.38"))
    assert [(r.label, r.adjusted, r.executed, r.score) for r in funds.extra_rows] == [
        ("其中:中央补助", D("2.38"), D("2.38"), None)
    ]


def test_a_progress_column_and_three_groups() -> None:
    text = TITLE + (
        "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n"
        "预算数 6.84 到位数 6.84 执行数 6.84 100.00\n"
        "其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.84\n"
        "其他 0.00 其他 0.00 其他 0.00\n三、目标完成情况\n"
    )
    funds = read_form_text(text)[0].form.funds
    assert (funds.total.adjusted, funds.total.executed, funds.total.rate) == (
        D("6.84"), D("6.84"), D("100.00")
    )  # fmt: skip
    assert (funds.appropriation.adjusted, funds.appropriation.executed) == (D("6.84"),) * 2
    assert (funds.appropriation.initial, funds.other.adjusted) == (None, D(0))


def test_only_the_first_budget_breakdown_is_the_forms() -> None:
    text = TITLE + (
        "预算资金安排 资金合计(万元) 年度预算资金总额): 1084.25 \n其中:中央补助 668.00 \n"
        "市级资金 343.00 \n其中:\n奖励扶助资金(万元)\n年度预算资金总额: 763.00 \n"
        "其中:中央补助 502.00 \n"
    )
    funds = read_form_text(text)[0].form.funds
    assert funds.total.adjusted == D("1084.25")
    assert [(r.label, r.adjusted, r.initial) for r in funds.extra_rows] == [
        ("其中:中央补助", D("668.00"), None),
        ("市级资金", D("343.00"), None),
    ]


def test_a_bare_number_after_the_executed_amount_is_the_weight_without_a_rate_column() -> None:
    cells = ["预算执行情况", "预算数:", "2.38", "执行数:", "2.38", "20", "年度目标完成情况"]
    [read] = read_form_text(TITLE + "\n\n".join(cells))
    total = read.form.funds.total
    assert (total.adjusted, total.executed, total.weight, total.rate) == (
        D("2.38"), D("2.38"), D(20), None
    )  # fmt: skip


def test_a_row_label_broken_at_a_space() -> None:
    text = (
        "项目支出绩效自评表 ( 2021 年度) 项目名称 测试经费 主管部门 测试局 项目资金(万元) "
        "年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) "
        "年度资金总额: 620.82万元 620.82万元 620.82万元 100 100% 10 "
        "其中:当年财政 拨款 620.82万元 620.82万元 620.82万元 100 100% 10 得分 上年结转资金"
    )
    row = read_form_text(text)[0].form.funds.appropriation
    assert (row.initial, row.adjusted, row.executed, row.weight, row.rate, row.score) == (
        D("620.82"), D("620.82"), D("620.82"), D(100), D(100), D(10)
    )  # fmt: skip
