"""Property: whatever the row, a computed score lies in [0, weight] and so does its band (R19)."""

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.model.form import Form, Funds, FundsRow
from jixiao.model.policy import PROFILES, Policy
from jixiao.scoring import score_rows
from jixiao.scoring.execution import score_execution
from jixiao.values.types import Actual, ActualKind, Target, TargetKind

from .rowkit import make_row

amounts = st.decimals(min_value=-50, max_value=100000, places=2, allow_nan=False)
weights = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)
units = st.sampled_from([None, "%", "个", "万元", "元", "天"])
days = st.dates(min_value=date(2021, 1, 1), max_value=date(2022, 12, 31))
policies = st.builds(
    lambda base, rev, ex, dl, ra: base.model_copy(
        update={
            "reverse_method": rev,
            "execution_method": ex,
            "deadline_missed": dl,
            "range_above": ra,
        }
    ),
    st.sampled_from(list(PROFILES.values())),
    st.sampled_from(["ratio", "linear_deviation"]),
    st.sampled_from(["proportional", "stepwise"]),
    st.sampled_from(["tier2", "per_month"]),
    st.sampled_from(["met", "strict"]),
)


@st.composite
def targets(draw: st.DrawFn) -> Target:
    kind = draw(st.sampled_from(list(TargetKind)))
    low, high = sorted([draw(amounts), draw(amounts)])
    return Target(
        raw="目标",
        kind=kind,
        op=draw(st.sampled_from([None, ">=", "<=", "="])),
        value=draw(st.none() | amounts),
        low=low,
        high=high,
        unit=draw(units),
        deadline=draw(st.none() | days),
        tolerance=draw(st.booleans()),
    )


@st.composite
def actuals(draw: st.DrawFn) -> Actual:
    return Actual(
        raw="实际",
        kind=draw(st.sampled_from(list(ActualKind))),
        value=draw(st.none() | amounts),
        unit=draw(units),
        date=draw(st.none() | days),
        tier=draw(st.none() | st.integers(min_value=0, max_value=4)),
    )


@settings(max_examples=400, deadline=None)
@given(targets(), actuals(), weights, st.none() | amounts, policies)
def test_score_within_weight(
    target: Target, actual: Actual, weight: Decimal, printed: Decimal | None, policy: Policy
) -> None:
    row = make_row(target, actual, str(weight), None if printed is None else str(printed))
    ev = score_rows(Form(), policy, [row])
    result = ev.computed.indicators[0]
    assert ev.findings == ()
    assert result.explanation
    if result.score is not None:
        assert Decimal(0) <= result.score <= weight
    for bound in (result.band_low, result.band_high):
        if bound is not None:
            assert Decimal(0) <= bound <= weight
    if result.band_low is not None and result.band_high is not None:
        assert result.band_low <= result.band_high


@settings(max_examples=200, deadline=None)
@given(amounts, amounts, weights, policies)
def test_execution_score_within_weight(
    budget: Decimal, spent: Decimal, weight: Decimal, policy: Policy
) -> None:
    total = FundsRow(label="年度资金总额", adjusted=budget, executed=spent, weight=weight)
    result = score_execution(Funds(total=total), policy)
    assert result.score is not None
    assert Decimal(0) <= result.score <= weight
    assert result.explanation
