"""Property: a form whose printed scores are the rule scores (inside the band on band rows), whose
weights sum to 100 and whose arithmetic is right has no error finding."""

from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jixiao.checks import run_checks
from jixiao.checks.grade import band_of
from jixiao.model.finding import Severity
from jixiao.model.form import Form, Funds, FundsRow, Indicator, Total
from jixiao.model.policy import PROFILES, Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring import evaluate

CENT = Decimal("0.01")
LEVEL2 = {"产出指标": "数量指标", "效益指标": "社会效益指标", "满意度指标": "服务对象满意度指标"}


@st.composite
def cells(draw: st.DrawFn) -> tuple[str, str]:
    """A target and an actual of one of the kinds the rules score."""
    a = draw(st.integers(1, 500))
    b = Decimal(draw(st.integers(0, 2 * a * 100))) / 100
    kind = draw(st.sampled_from(["positive", "reverse", "range", "deadline", "tier", "percent"]))
    if kind == "positive":
        return f"≥{a}人次", f"{b}人次"
    if kind == "reverse":
        return f"≤{a}天", f"{max(b, CENT)}天"
    if kind == "range":
        return f"{a}-{a + draw(st.integers(1, 50))}个", f"{b}"
    if kind == "deadline":
        month, day = draw(st.integers(3, 12)), draw(st.integers(1, 28))
        return "6月底前", f"{month}月{day}日完成"
    if kind == "tier":
        return "服务体系基本建成", draw(
            st.sampled_from(["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标"])
        )
    return f"≥{min(a, 100)}%", f"{min(b, Decimal(100))}%"


@st.composite
def weights(draw: st.DrawFn) -> list[int]:
    """Positive integer weights that sum to 90 (R5)."""
    count = draw(st.integers(1, 8))
    cuts = sorted(draw(st.sets(st.integers(1, 89), min_size=count - 1, max_size=count - 1)))
    bounds = [0, *cuts, 90]
    return [hi - lo for lo, hi in pairwise(bounds)]


def _placeholder_form(
    ws: list[int], rows: list[tuple[str, str]], adjusted: Decimal, executed: Decimal
) -> Form:
    levels = list(LEVEL2)
    indicators = tuple(
        Indicator(
            level1=levels[i % 3],
            level2=LEVEL2[levels[i % 3]],
            name=f"指标{i + 1}",
            target=t,
            actual=a,
            weight=Decimal(w),
            score=Decimal(w),
            deviation="原因已说明",
        )
        for i, (w, (t, a)) in enumerate(zip(ws, rows, strict=False))
    )
    total = FundsRow(
        label="年度资金总额",
        initial=adjusted,
        adjusted=adjusted,
        executed=executed,
        weight=Decimal(10),
    )
    return Form(
        year=2021, funds=Funds(total=total), indicators=indicators, total=Total(weight=Decimal(100))
    )


@st.composite
def consistent_forms(draw: st.DrawFn) -> tuple[Form, Policy]:
    """A form printing exactly what the rules give: row scores, rate, execution score, total."""
    policy = PROFILES[draw(st.sampled_from(sorted(PROFILES)))]
    ws = draw(weights())
    rows = [draw(cells()) for _ in ws]
    budget = Decimal(draw(st.integers(1, 10**6)))
    spent = draw(st.integers(0, 120))
    executed = (budget * spent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    draft = _placeholder_form(ws, rows, budget, executed)
    computed = evaluate(draft, policy).computed
    # A formula row prints its rule score; a band row (qualitative, missed deadline) any 2-dp
    # score its band allows — the rule score of a band row is the printed one (P12).
    scores = [_in_band(draw, r) for r in computed.indicators]
    printed = tuple(
        ind.model_copy(update={"score": score})
        for ind, score in zip(draft.indicators, scores, strict=True)
    )
    assert computed.execution.rate is not None and computed.execution.score is not None
    funds_row = draft.funds.total.model_copy(
        update={
            "rate": computed.execution.rate.quantize(CENT, rounding=ROUND_HALF_UP),
            "score": computed.execution.score,
        }
    )
    total = computed.execution.score + sum((v or Decimal(0) for v in scores), Decimal(0))
    form = draft.model_copy(
        update={
            "indicators": printed,
            "funds": Funds(total=funds_row),
            "total": Total(weight=Decimal(100), score=total),
            "grade": band_of(total),
        }
    )
    return form, policy


def _in_band(draw: st.DrawFn, result: IndicatorResult) -> Decimal | None:
    low, high = result.band_low, result.band_high
    if low is None or high is None or low == high:
        return result.score
    return Decimal(draw(st.integers(int(low * 100), int(high * 100)))) / 100


def _errors(form: Form, policy: Policy) -> list[tuple[str, str]]:
    found = run_checks(evaluate(form, policy))
    return [(f.code, f.path) for f in found if f.severity == Severity.ERROR]


@settings(max_examples=80, deadline=None)
@given(consistent_forms())
def test_consistent_form_has_no_error(case: tuple[Form, Policy]) -> None:
    form, policy = case
    assert _errors(form, policy) == []


@settings(max_examples=40, deadline=None)
@given(consistent_forms(), st.data())
def test_one_score_above_its_weight_is_caught(
    case: tuple[Form, Policy], data: st.DataObject
) -> None:
    # The same forms with one slip: the property above is not true for want of checking.
    form, policy = case
    i = data.draw(st.integers(0, len(form.indicators) - 1))
    rows = list(form.indicators)
    weight = rows[i].weight or Decimal(0)
    rows[i] = rows[i].model_copy(update={"score": weight + 1})
    slipped = form.model_copy(update={"indicators": tuple(rows)})
    assert ("E1.score-above-weight", f"indicators[{i}].score") in _errors(slipped, policy)


def _outside(form: Form, policy: Policy, i: int) -> tuple[Decimal, str] | None:
    """A score at most the weight outside row i's band, with the E7 code it earns; None if none."""
    result = evaluate(form, policy).computed.indicators[i]
    weight, low, high = form.indicators[i].weight, result.band_low, result.band_high
    if weight is None or low is None or high is None or low == high:
        return None
    code = "E7.deadline-missed-high" if result.method == "deadline" else "E7.outside-band"
    if result.method not in {"deadline", "qualitative"}:
        return None
    if high < weight:
        return weight, code
    return (low - CENT, code) if low > 0 else None


@settings(max_examples=40, deadline=None)
@given(consistent_forms(), st.data())
def test_band_row_outside_its_band_is_e7_and_not_a_total_mismatch(
    case: tuple[Form, Policy], data: st.DataObject
) -> None:
    # P12: a band row counts at its printed score, so the printed total still equals the computed
    # one; the score outside the band is E7's finding alone.
    form, policy = case
    banded = [i for i in range(len(form.indicators)) if _outside(form, policy, i) is not None]
    assume(banded)
    i = data.draw(st.sampled_from(banded))
    outside = _outside(form, policy, i)
    assert outside is not None and form.total.score is not None
    score, code = outside
    rows = list(form.indicators)
    old = rows[i].score or Decimal(0)
    rows[i] = rows[i].model_copy(update={"score": score})
    total = form.total.score - old + score
    moved = form.model_copy(
        update={
            "indicators": tuple(rows),
            "total": Total(weight=Decimal(100), score=total),
            "grade": band_of(total),
        }
    )
    found = [(f.code, f.path) for f in run_checks(evaluate(moved, policy))]
    assert (code, f"indicators[{i}].score") in found
    assert ("E10.total-mismatch", "total.score") not in found
    assert ("E10.row-score", f"indicators[{i}].score") not in found
