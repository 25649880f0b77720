"""A funds block with its values printed before the row labels is not read row by row."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

SCRAMBLED = (
    "财政项目支出绩效自评表 (2022 年度) 项目名称 测试项目 主管部门 测试局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 "
    "— 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元)"
)


def test_values_before_labels_leave_the_funds_rows_empty_with_a_finding() -> None:
    # 8.50 is not 10 × 215457.6 ÷ 250000: no reading proves which cells are the total row's.
    [read] = read_form_text(SCRAMBLED.replace(" 8.62 ", " 8.50 "))
    funds = read.form.funds
    assert (funds.carryover.initial, funds.other.initial, funds.total.initial) == (None,) * 3
    assert [f.path for f in read.findings if f.code == "READ.columns-shifted"] == ["funds"]


def test_the_total_row_is_kept_when_its_arithmetic_singles_out_its_cells() -> None:
    # 003: five cells for six columns; only 执行率 missing gives 10 × 86.18% = 8.62 (R3). The
    # rate printed apart ('目标 86.19%') is the one percent there that agrees.
    [read] = read_form_text(
        SCRAMBLED + " 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 86.19%"
    )
    total = read.form.funds.total
    got = (total.initial, total.adjusted, total.executed, total.weight, total.rate, total.score)
    assert got == (D("250000.00"), D("250000.00"), D("215457.6"), D(10), D("86.19"), D("8.62"))
    assert (read.form.funds.carryover.initial, read.form.funds.other.initial) == (None, None)
    [finding] = [f for f in read.findings if f.code == "READ.columns-shifted"]
    assert "年度资金总额行" in finding.message


def test_a_rate_apart_that_disagrees_or_is_not_alone_is_left_out() -> None:
    for tail in ("目标 50.00%", "目标 86.19% 86.18%"):
        [read] = read_form_text(SCRAMBLED + f" 预期目标 {tail}")
        assert read.form.funds.total.score == D("8.62")
        assert read.form.funds.total.rate is None


def test_too_few_cells_to_prove_a_reading_leave_the_total_out() -> None:
    # 003's second form: '20000.00 20000.00 4.52' before the labels; the rest is printed apart.
    text = SCRAMBLED.replace("250000.00 250000.00 215,457.6 10 8.62 —", "20000.00 20000.00 4.52")
    [read] = read_form_text(text)
    assert read.form.funds.total.initial is None


def test_labels_before_values_are_read() -> None:
    text = SCRAMBLED.replace("得分 250000.00", "得分 年度资金总额 250000.00")
    [read] = read_form_text(text)
    assert read.form.funds.total.initial is not None


def test_a_total_row_without_its_executed_amount_is_proved_by_its_printed_rate() -> None:
    # 012: '0 207.4538 10 100% 10 207.4538 — 100% —' after the header: 年初 0, 全年预算 207.4538,
    # 分值 10, 执行率 100%, 得分 10 (= 10 × 100%); the 全年执行数 is not among these cells.
    text = SCRAMBLED.replace(
        "250000.00 250000.00 215,457.6 10 8.62 —", "0 207.4538 10 100% 10 207.4538 — 100% —"
    )
    [read] = read_form_text(text)
    total = read.form.funds.total
    got = (total.initial, total.adjusted, total.executed, total.weight, total.rate, total.score)
    assert got == (D(0), D("207.4538"), None, D(10), D(100), D(10))
    # With a 得分 that is not 分值 × 执行率 nothing proves the reading.
    [read] = read_form_text(text.replace("100% 10 207", "100% 9 207"))
    assert read.form.funds.total.adjusted is None
