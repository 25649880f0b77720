"""Funds rows glued to their numbers are split where the rate and the amounts agree."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

HEAD = "项目支出绩效自评表(2022年度)项目名称测试项目主管部门测试局实施单位测试中心"


def funds(text: str) -> tuple[object, ...]:
    [read] = read_form_text(HEAD + text + "绩效指标")
    f = read.form.funds
    return tuple(
        (r.initial, r.adjusted, r.executed, r.weight, r.rate, r.score)
        for r in (f.total, f.appropriation)
    )


def test_weight_rate_and_score_around_the_percent_sign() -> None:
    text = (
        "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分"
        "年度资金总额:202010100.00%10其中:本年财政拨款2020其他资金"
    )
    assert funds(text) == (
        (None, D(20), D(20), D(10), D("100.00"), D(10)),
        # '2020' is 20|20, not 202|0: a sub-row is no larger than the total.
        (None, D(20), D(20), None, None, None),
    )


def test_the_rate_picks_the_amounts_apart() -> None:
    text = (
        "项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分"
        "年度资金总额:310.2154.741050%5其中:本年一般公共预算拨款 310.2154.74 其他资金"
    )
    # 154.74 / 310.2 = 49.9%, printed 50%; 310.21|54.74 would give 17.6%.
    assert funds(text)[0] == (D("310.2"), None, D("154.74"), D(10), D(50), D(5))


def test_one_cell_missing_keeps_only_what_every_reading_agrees_on() -> None:
    text = (
        "项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分"
        "年度资金总额303010100%其中:当年财政拨款303030100%上年结转资金"
    )
    assert funds(text) == (
        (None, None, None, D(10), D(100), None),
        (D(30), D(30), D(30), None, D(100), None),
    )


def test_the_funds_weight_from_the_section_label() -> None:
    text = (
        "预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)"
        "年度财政 资金总额10001000100%20"
    )
    assert funds(text)[0] == (None, D(1000), D(1000), D(20), D(100), D(20))


def test_a_source_table_ending_in_its_total_row() -> None:
    text = (
        "预算执行情况(万元)资金来源预算数(A)执行数(B)执行率(B/A)一般预算内拨款6363100%"
        "合计6363100%年度绩效目标完成情况"
    )
    assert funds(text)[0] == (None, D(63), D(63), None, D(100), None)


def test_an_indicator_total_is_not_read_as_funds() -> None:
    text = "资金情况(万元)全年预算数全年执行数执行率年度资金总额其他资金合计100"
    assert funds(text)[0] == (None,) * 6


def test_the_weight_in_the_section_label_fills_a_total_row_without_one() -> None:
    text = (
        "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n"
        "年度财政资金总额 | 650 | 94 | 0.1 | 2.9 |\n"
    )
    assert funds(text)[0][:4] == (None, D(650), D(94), D(20))
