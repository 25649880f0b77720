"""E11 (cost rows): cost amounts against the funds executed and the budget."""

import pytest

from jixiao.checks import cost_vs_funds

from .kit import CLEAN_ROWS, form, funds, messages, replace_row, run


def _cost_form(target: str, actual: str, executed: str = "200", adjusted: str = "200"):
    rows = replace_row(
        CLEAN_ROWS, 0, level2="成本指标", name="培训成本", target=target, actual=actual
    )
    rate = f"{float(executed) / float(adjusted) * 100:.2f}"
    return form(*rows, funds_block=funds(adjusted=adjusted, executed=executed, rate=rate))


@pytest.mark.parametrize(
    ("actual", "executed", "expected"),
    [
        ("200万元", "200", []),
        ("199.8万元", "200", [("E11.cost-vs-executed", "indicators[0].actual")]),
        ("200.0万元", "200.04", []),  # equal at the precision the cost row prints (P9)
        ("150万元", "200", []),  # far apart: a different amount, not a slip
        ("1998000元", "200", [("E11.cost-vs-executed", "indicators[0].actual")]),
    ],
)
def test_amount_against_executed(actual: str, executed: str, expected: list) -> None:
    assert run(cost_vs_funds.check, _cost_form("培训成本≤200万元", actual, executed)) == expected


def test_message_gives_both_amounts_and_the_gap() -> None:
    f = _cost_form("培训成本≤200万元", "199.8万元")
    assert messages(cost_vs_funds.check, f) == [
        "成本指标“培训成本”实际 199.8 万元，与项目资金全年执行数 200 万元相差 0.2 万元，"
        "请核对（R2/E11）"
    ]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("培训成本200万元", []),
        ("培训成本260万元", [("E11.cost-above-budget", "indicators[0].target")]),
    ],
)
def test_cost_target_against_budget(target: str, expected: list) -> None:
    assert run(cost_vs_funds.check, _cost_form(target, "200万元")) == expected


def test_no_cost_rows_no_finding() -> None:
    assert run(cost_vs_funds.check, form()) == []
