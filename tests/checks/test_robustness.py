"""Property: no check crashes on odd but well-typed forms (zeros, blanks, odd units and text)."""

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.checks import run_checks
from jixiao.model.form import Form, Funds, FundsRow, Goals, Indicator, Total
from jixiao.model.policy import PROFILES
from jixiao.scoring import evaluate

TEXTS = [
    "≥0个",
    "≥90%",
    "≤0天",
    "0-0个",
    "±0%",
    "12-15个",
    "约20家次",
    "=0",
    "5月底前",
    "年底前",
    "2021年9月30日前支出100%",
    "培训成本0万元",
    "有效提升",
    "无",
    "-",
    "",
    "100",
    "达成年度指标",
    "未达成年度指标",
    "0",
    "0%",
    "17个",
    "9月10日完成",
    "1467.42万元",
    "100元",
    "按月安排",
    "全部完成",
]
amounts = st.one_of(
    st.none(), st.sampled_from(["0", "0.00", "1", "10", "100", "2768.000000"]).map(Decimal)
)
cell = st.one_of(st.none(), st.sampled_from(TEXTS), st.text(max_size=12))


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    return Indicator(
        level1=draw(st.sampled_from([None, "产出指标", "效益指标", "满意度指标", "成本指标"])),
        level2=draw(st.sampled_from([None, "数量指标", "时效指标", "成本指标", "社会效益指标"])),
        name=draw(st.one_of(st.none(), st.text(max_size=6))),
        target=draw(cell),
        actual=draw(cell),
        weight=draw(amounts),
        score=draw(amounts),
        deviation=draw(cell),
        unit=draw(st.sampled_from([None, "%", "万元", "个", ""])),
        nature=draw(st.sampled_from([None, "定量", "≥"])),
        applicable=draw(st.booleans()),
    )


@st.composite
def forms(draw: st.DrawFn) -> Form:
    total = FundsRow(
        label="年度资金总额",
        initial=draw(amounts),
        adjusted=draw(amounts),
        executed=draw(amounts),
        weight=draw(amounts),
        rate=draw(amounts),
        score=draw(amounts),
        reason=draw(cell),
    )
    part = FundsRow(
        label="其中", initial=draw(amounts), adjusted=draw(amounts), executed=draw(amounts)
    )
    return Form(
        year=draw(st.sampled_from([None, 2021])),
        funds=Funds(total=total, appropriation=part, unit=draw(st.sampled_from(["万元", "元"]))),
        goals=Goals(expected=draw(cell), actual=draw(cell)),
        indicators=tuple(draw(st.lists(indicators(), max_size=6))),
        total=Total(weight=draw(amounts), score=draw(amounts)),
        grade=draw(st.sampled_from([None, "优", "差", "——"])),
        level1_weights=draw(
            st.dictionaries(
                st.sampled_from(["产出指标", "预算执行率", "其他"]),
                amounts.filter(bool),
                max_size=2,
            )
        ),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forms(), st.sampled_from(sorted(PROFILES)))
def test_no_check_crashes(form: Form, policy_name: str) -> None:
    found = run_checks(evaluate(form, PROFILES[policy_name]))
    assert [f.message for f in found if f.code == "CHECK.failed"] == []
