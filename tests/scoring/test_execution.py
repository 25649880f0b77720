"""R7/R8/P2/P14 execution rate and score from the 年度资金总额 row."""

from decimal import Decimal

import pytest

from jixiao.model.form import Funds, FundsRow
from jixiao.model.policy import NATIONAL, Policy
from jixiao.scoring.execution import score_execution

STEPWISE = NATIONAL.model_copy(update={"execution_method": "stepwise"})
ZHEJIANG = NATIONAL.model_copy(update={"zero_budget_rate": "full_if_both_zero"})


def _funds(adjusted: str | None, executed: str | None, weight: str | None = "10") -> Funds:
    def dec(value: str | None) -> Decimal | None:
        return Decimal(value) if value is not None else None

    total = FundsRow(
        label="年度资金总额",
        initial=Decimal("4100"),
        adjusted=dec(adjusted),
        executed=dec(executed),
        weight=dec(weight),
    )
    return Funds(total=total)


def test_seed_execution() -> None:
    result = score_execution(_funds("2768.000000", "1467.620000"), NATIONAL)
    assert result.rate is not None
    assert str(result.rate).startswith("53.020953")
    assert result.score == Decimal("5.30")
    assert result.weight == Decimal(10)
    assert result.explanation == (
        "1467.62 ÷ 2768.00 = 53.02%；得分 = 10 × 53.02% = 5.30（R8，proportional）"
    )


@pytest.mark.parametrize(
    ("policy", "adjusted", "executed", "score"),
    [
        (NATIONAL, "100", "100", "10.00"),
        (NATIONAL, "100", "120", "10.00"),  # over 100%: the rate is reported, the score capped
        (NATIONAL, "200", "1", "0.05"),
        (NATIONAL, "3", "2", "6.67"),
        (STEPWISE, "100", "95", "10.00"),
        (STEPWISE, "100", "90", "10.00"),
        (STEPWISE, "100", "85.5", "5.50"),  # 10 − (90 − 85.5)
        (STEPWISE, "100", "50", "0.00"),  # never below 0
        (NATIONAL, "0", "0", "0.00"),  # P14 zero: rate 0
        (NATIONAL, "0", "5", "0.00"),
        (ZHEJIANG, "0", "0", "10.00"),  # both zero → 100%
        (ZHEJIANG, "0", "5", "0.00"),
    ],
)
def test_execution_score(policy: Policy, adjusted: str, executed: str, score: str) -> None:
    assert score_execution(_funds(adjusted, executed), policy).score == Decimal(score)


def test_over_100_keeps_raw_rate_and_explains_the_cap() -> None:
    result = score_execution(_funds("100", "120"), NATIONAL)
    assert result.rate == Decimal(120)
    assert "min(120.00%, 100%)" in result.explanation


def test_zero_budget_explanation_names_the_setting() -> None:
    result = score_execution(_funds("0", "0"), ZHEJIANG)
    assert result.rate == Decimal(100)
    assert "P14，zero_budget_rate=full_if_both_zero" in result.explanation


@pytest.mark.parametrize(("adjusted", "executed"), [(None, "5"), ("5", None)])
def test_missing_amount_gives_no_score(adjusted: str | None, executed: str | None) -> None:
    result = score_execution(_funds(adjusted, executed), NATIONAL)
    assert result.score is None and result.rate is None
    assert "缺失" in result.explanation


def test_missing_printed_weight_uses_the_profile_weight() -> None:
    result = score_execution(_funds("100", "50", weight=None), NATIONAL)
    assert (result.weight, result.score) == (Decimal(10), Decimal("5.00"))
