"""The whole form: the seed-equivalent facts, totals with excluded rows, and rule failures."""

from datetime import date
from decimal import Decimal

import pytest

from jixiao.model.form import Form, Funds, FundsRow, Indicator
from jixiao.model.policy import NATIONAL, Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring import FAILED_CODE, RULES, evaluate, score_rows
from jixiao.scoring.context import Row
from jixiao.values.types import TargetKind

from .rowkit import D, done_on, make_row, number, target, text, tier

# The seed form's facts as listed in the scoring brief (a subset of its rows, our own inline data).
SEED_INDICATORS = (
    ("产出指标", "数量指标", "支持特色园区项目", "12-15个", "17", "15", "15"),
    ("产出指标", "数量指标", "支持服务机构", "4-6家", "无", None, None),
    ("产出指标", "时效指标", "项目征集", "5月底前", "项目于9月10日征集完毕", "2", "1.8"),
    (
        "产出指标",
        "时效指标",
        "经费支出进度",
        "2021年9月30日前支出100%",
        "未达成年度指标",
        "2",
        "2.7",
    ),
    (
        "产出指标",
        "成本指标",
        "成本测算",
        "支持特色园区项目2000万元",
        "17家园区共支持资金1467.42万元",
        "10",
        "10",
    ),
    (
        "效益指标",
        "社会效益指标",
        "特色园区入驻率",
        "≥60%",
        "支持园区入驻率均满足60%以上，平均入驻率达80%以上",
        "15",
        "15",
    ),
    ("满意度指标", "服务对象满意度指标", "特色园区受助企业满意度", "≥90%", "100%", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "服务机构满意度", "≥90%", "无", None, None),
)
# 1.8 on a weight of 2 counts as printed, 2.7 on 2 is capped at 2 (P12, R19); bands are E7's.
SEED_EXPECTED = ("15.00", None, "1.80", "2.00", "10.00", "15.00", "10.00", None)


def seed_form() -> Form:
    total = FundsRow(
        label="年度资金总额",
        initial=D("4100.000000"),
        adjusted=D("2768.000000"),
        executed=D("1467.620000"),
        weight=D(10),
        rate=D("53.02"),
        score=D("5.30"),
    )
    indicators = tuple(
        Indicator(
            level1=l1,
            level2=l2,
            name=name,
            target=tgt,
            actual=act,
            weight=D(w) if w else None,
            score=D(s) if s else None,
        )
        for l1, l2, name, tgt, act, w, s in SEED_INDICATORS
    )
    return Form(year=2021, funds=Funds(total=total), indicators=indicators)


def seed_rows(form: Form) -> list[Row]:
    """The rows as the value parsers read them, written out by hand."""
    ind = form.indicators
    parsed = [
        (target(TargetKind.RANGE, low=D(12), high=D(15), unit="个"), number("17"), "数量"),
        (target(TargetKind.RANGE, low=D(4), high=D(6), unit="家"), text("无"), "数量"),
        (
            target(TargetKind.DEADLINE, deadline=date(2021, 5, 31)),
            done_on(date(2021, 9, 10)),
            "时效",
        ),
        (
            target(TargetKind.DEADLINE, deadline=date(2021, 9, 30), value=D(100), unit="%"),
            tier(3, "未达成年度指标"),
            "时效",
        ),
        (target(TargetKind.REVERSE, value=D(2000), unit="万元"), number("1467.42", "万元"), "成本"),
        (target(TargetKind.POSITIVE, op=">=", value=D(60), unit="%"), text("…"), "社会效益"),
        (target(TargetKind.POSITIVE, op=">=", value=D(90), unit="%"), number("100", "%"), "满意度"),
        (target(TargetKind.POSITIVE, op=">=", value=D(90), unit="%"), text("无"), "满意度"),
    ]
    return [
        Row(
            index=i,
            indicator=ind[i],
            target=t,
            actual=a,
            level1=None,
            category=c,
        )
        for i, (t, a, c) in enumerate(parsed)
    ]


def test_seed_equivalent_form() -> None:
    form = seed_form()
    ev = score_rows(form, NATIONAL, seed_rows(form))
    computed = ev.computed
    assert computed.execution.score == Decimal("5.30")
    assert [r.score for r in computed.indicators] == [
        Decimal(s) if s else None for s in SEED_EXPECTED
    ]
    assert [r.scored for r in computed.indicators] == [s is not None for s in SEED_EXPECTED]
    # 5.30 + 15 + 1.80 + 2.00 + 10 + 15 + 10: printed scores, 2.7-on-2 capped at 2 (P12, R19).
    assert computed.total.score == Decimal("59.10")
    assert computed.total.weight == Decimal(64)
    assert computed.total.rescaled == Decimal("92.34")  # 59.10 / 64 × 100 = 92.34375
    assert computed.grade.grade == "差"  # from the raw total (P5)
    assert ev.findings == ()
    assert all(r.explanation for r in computed.indicators)


def test_total_leaves_not_applicable_weight_out_of_the_rescaled_total() -> None:
    pos = target(TargetKind.POSITIVE, op=">=", value=D(10), unit="个")
    rows = [
        make_row(pos, number("10"), "15", "15", index=0),
        make_row(pos, text("不适用"), "10", None, index=1),
        make_row(pos, number("8"), "10", "8", index=2),
    ]
    form = Form(
        funds=Funds(
            total=FundsRow(label="年度资金总额", adjusted=D(100), executed=D(53), weight=D(10))
        ),
        indicators=tuple(r.indicator for r in rows),
    )
    total = score_rows(form, NATIONAL, rows).computed.total
    assert total.score == Decimal("28.30")  # 5.30 + 15 + 8
    assert total.weight == Decimal(35)
    assert total.rescaled == Decimal("80.86")  # 28.30 ÷ 35 × 100
    assert "P12" in total.explanation and "R18" in total.explanation


def test_failing_rule_becomes_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(row: Row, policy: Policy) -> IndicatorResult | None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("jixiao.scoring.RULES", [broken, *RULES])
    form = seed_form()
    ev = score_rows(form, NATIONAL, seed_rows(form))
    assert [(f.code, f.path) for f in ev.findings] == [
        (FAILED_CODE, f"indicators[{i}].score") for i in range(len(SEED_INDICATORS))
    ]
    assert all(f.severity == "info" for f in ev.findings)
    assert all(r.method == "failed" and not r.scored for r in ev.computed.indicators)
    assert ev.computed.total.score == Decimal("5.30")


def test_seed_equivalent_form_through_the_value_parsers() -> None:
    ev = evaluate(seed_form(), NATIONAL)
    computed = ev.computed
    assert computed.execution.explanation == (
        "1467.62 ÷ 2768.00 = 53.02%；得分 = 10 × 53.02% = 5.30（R8，proportional）"
    )
    assert [r.score for r in computed.indicators] == [
        Decimal(s) if s else None for s in SEED_EXPECTED
    ]
    methods = [r.method for r in computed.indicators]
    assert methods == [
        "range",
        "unweighted",
        "deadline",
        "deadline",
        "reverse",
        "positive",
        "positive",
        "unweighted",
    ]
    prose = computed.indicators[5]  # a prose actual against ≥60%: a human judges, 15 stands
    assert (prose.band_low, prose.band_high) == (Decimal(0), Decimal(15))
    assert "需人工判断" in prose.explanation
    deadline = computed.indicators[2]
    assert deadline.explanation.startswith(
        "完成于 2021-09-10，晚于 2021-05-31，时效未达成：得分应低于 80% 即 [0, 1.60)（P10 tier2）"
    )
    assert (deadline.score, deadline.band_low, deadline.band_high) == (
        Decimal("1.80"),
        Decimal(0),
        Decimal("1.59"),
    )
    assert "P11" in computed.indicators[4].explanation
    assert computed.total.score == Decimal("59.10")
    assert [(r.level1, r.category) for r in ev.rows][4:7] == [
        ("产出指标", "成本"),
        ("效益指标", "社会效益"),
        ("满意度指标", "满意度"),
    ]
    assert ev.findings == ()


def test_qualitative_row_through_the_parsers() -> None:
    form = Form(
        year=2021,
        indicators=(
            Indicator(
                level1="产出指标",
                level2="质量指标",
                name="验收质量",
                target="符合标准、运行良好",
                actual="部分达成年度指标并具有一定效果",
                weight=D(10),
                score=D(7),
            ),
        ),
    )
    result = evaluate(form, NATIONAL).computed.indicators[0]
    assert (result.method, result.score, result.band_low, result.band_high) == (
        "qualitative",
        Decimal("7.00"),
        Decimal("6.00"),
        Decimal("7.99"),
    )


def test_form_with_nothing_to_score_has_no_total_and_no_grade() -> None:
    ev = evaluate(Form(), NATIONAL)
    assert ev.computed.total.score is None
    assert ev.computed.grade.grade is None
    assert "未计算总分" in ev.computed.total.explanation


def test_failing_execution_rule_becomes_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(funds: object, policy: Policy) -> None:
        raise ValueError("bad funds")

    monkeypatch.setattr("jixiao.scoring.score_execution", broken)
    form = seed_form()
    ev = score_rows(form, NATIONAL, seed_rows(form))
    assert [(f.code, f.path) for f in ev.findings] == [(FAILED_CODE, "funds.total")]
    assert ev.computed.execution.score is None
    assert ev.computed.total.score == Decimal("53.80")  # the rows still count: 59.10 − 5.30
