"""String → Target tables and properties for jixiao.values.targets."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.values import ValueParseError
from jixiao.values.targets import parse_target
from jixiao.values.types import TargetKind

P, R, E = TargetKind.POSITIVE, TargetKind.REVERSE, TargetKind.EQUAL


@pytest.mark.parametrize(
    ("text", "kind", "op", "value", "unit"),
    [
        ("≥60%", P, ">=", "60", "%"),
        ("≥95%", P, ">=", "95", "%"),
        (">=90%", P, ">=", "90", "%"),
        ("≧95%", P, ">=", "95", "%"),
        ("＞3", P, ">", "3", None),
        (">3个", P, ">", "3", "个"),
        ("≥ 1000 人", P, ">=", "1000", "人"),
        ("≥11.376万元", P, ">=", "11.376", "万元"),
        ("≥50厘米", P, ">=", "50", "厘米"),
        ("≥1次/年", P, ">=", "1", "次/年"),
        ("不低于95%", P, ">=", "95", "%"),
        ("不少于12", P, ">=", "12", None),
        ("大于等于90%", P, ">=", "90", "%"),
        ("20个以上", P, ">=", "20", "个"),
        ("达到90%", P, ">=", "90", "%"),
        ("超过30家", P, ">", "30", "家"),
        ("高于60%", P, ">", "60", "%"),
        ("百分之九十以上", P, ">=", "90", "%"),
        ("≤5%", R, "<=", "5", "%"),
        ("≤30天", R, "<=", "30", "天"),
        ("≥90%（抽样）", P, ">=", "90", "%"),
        ("<=202.6万元", R, "<=", "202.6", "万元"),
        ("≦10次", R, "<=", "10", "次"),
        ("＜10", R, "<", "10", None),
        ("不高于5%", R, "<=", "5", "%"),
        ("不超过100万元", R, "<=", "100", "万元"),
        ("低于1‰", R, "<", "1", "‰"),
        ("小于0.9‰", R, "<", "0.9", "‰"),
        ("30天以下", R, "<=", "30", "天"),
        ("10天以内", R, "<=", "10", "天"),
        ("控制在5%以内", R, "<=", "5", "%"),
        ("=100%", E, "=", "100", "%"),
        ("＝8个", E, "=", "8", "个"),
        ("═100%", E, "=", "100", "%"),
        # A bare number outside 成本指标 is a "reach" target (R10, R25).
        ("100%", P, ">=", "100", "%"),
        ("17个", P, ">=", "17", "个"),
        ("三家", P, ">=", "3", "家"),
        ("1次/年", P, ">=", "1", "次/年"),
        # Short cells as printed in the dev corpus.
        ("≥266米", P, ">=", "266", "米"),
        ("=42个", E, "=", "42", "个"),
        ("达到5亿元", P, ">=", "5", "亿元"),
        ("科目调整次数≤10次", R, "<=", "10", "次"),
        ("补贴期限不超过3年", R, "<=", "3", "年"),
        ("每年支持资金总额不超过100万元", R, "<=", "100", "万元"),
        ("时效指标按时发放率=100%", E, "=", "100", "%"),
    ],
)
def test_operator_targets(
    text: str, kind: TargetKind, op: str, value: str, unit: str | None
) -> None:
    target = parse_target(text)
    assert (target.kind, target.op, target.value, target.unit) == (kind, op, Decimal(value), unit)
    assert target.raw == text
    assert not target.approx


def test_percent_keeps_printed_precision() -> None:
    assert parse_target("≥95.50%").value.as_tuple().exponent == -2  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "subject", "value", "unit"),
    [
        ("支持特色园区项目2000万元", "支持特色园区项目", "2000", "万元"),
        ("满意度≥90%", "满意度", "90", "%"),
        ("全年培训≥12次", "全年培训", "12", "次"),
        ("数量：≥5个", "数量", "5", "个"),
    ],
)
def test_leading_subject(text: str, subject: str, value: str, unit: str) -> None:
    target = parse_target(text)
    assert (target.subject, target.value, target.unit) == (subject, Decimal(value), unit)


def test_approximate_targets() -> None:
    target = parse_target("支持投资机构、入驻企业、专业服务机构、集聚区专业化运营主体约20家次")
    assert (target.kind, target.op, target.value, target.unit) == (E, "=", Decimal(20), "家次")
    assert target.approx
    assert target.subject == "支持投资机构、入驻企业、专业服务机构、集聚区专业化运营主体"
    assert parse_target("20家次左右").approx


@pytest.mark.parametrize(
    ("text", "kind", "op"),
    [
        ("支持特色园区项目2000万元", R, "<="),
        ("300元/人", R, "<="),
        ("约20家次", R, "<="),
        ("≥95%", P, ">="),
        ("≤202.6万元", R, "<="),
        ("=100%", E, "="),
    ],
)
def test_cost_targets_without_operator_are_ceilings(text: str, kind: TargetKind, op: str) -> None:
    target = parse_target(text, cost=True)
    assert (target.kind, target.op) == (kind, op)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("12-15个", "12", "15", "个"),
        ("80%-90%", "80", "90", "%"),
        ("80-90%", "80", "90", "%"),
        ("4~6家", "4", "6", "家"),
        ("4～6家", "4", "6", "家"),
        ("4－6家", "4", "6", "家"),
        ("12至15个", "12", "15", "个"),
        ("12-15个(含)", "12", "15", "个"),
        ("三至五个", "3", "5", "个"),
    ],
)
def test_range_targets(text: str, low: str, high: str, unit: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.low, target.high, target.unit) == (
        TargetKind.RANGE,
        Decimal(low),
        Decimal(high),
        unit,
    )
    assert not target.tolerance


def test_range_stays_range_under_cost() -> None:
    assert parse_target("12-15万元", cost=True).kind == TargetKind.RANGE


@pytest.mark.parametrize(("text", "unit"), [("±10%", "%"), ("偏差±10%以内", "%"), ("±10", None)])
def test_tolerance_targets(text: str, unit: str | None) -> None:
    target = parse_target(text)
    assert (target.kind, target.low, target.high, target.unit) == (
        TargetKind.RANGE,
        Decimal(-10),
        Decimal(10),
        unit,
    )
    assert target.tolerance


@pytest.mark.parametrize(
    ("text", "deadline", "value", "unit", "subject"),
    [
        ("5月底前", date(2021, 5, 31), None, None, None),
        ("年底前", date(2021, 12, 31), None, None, None),
        ("9月底前", date(2021, 9, 30), None, None, None),
        ("第三季度", date(2021, 9, 30), None, None, None),
        ("2021年9月30日前支出100%", date(2021, 9, 30), "100", "%", "支出"),
        ("5月底前完成征集", date(2021, 5, 31), None, None, None),
        ("资金于12月31日前拨付到位", date(2021, 12, 31), None, None, "资金"),
        ("2020年12月底前", date(2020, 12, 31), None, None, None),
        ("年内完成", date(2021, 12, 31), None, None, None),
        ("2021年12月底前完成", date(2021, 12, 31), None, None, None),
        ("12月底前完成率≥90%", date(2021, 12, 31), "90", "%", "完成率"),
        ("上半年支出50%", date(2021, 6, 30), "50", "%", "支出"),
    ],
)
def test_deadline_targets(
    text: str, deadline: date, value: str | None, unit: str | None, subject: str | None
) -> None:
    target = parse_target(text, year=2021)
    assert target.kind == TargetKind.DEADLINE
    assert target.deadline == deadline
    assert target.value == (None if value is None else Decimal(value))
    assert (target.unit, target.subject) == (unit, subject)


@pytest.mark.parametrize(
    "text",
    [
        "达到预期",
        "有效提升",
        "应保尽保",
        "按时完成",
        "一流",
        "一至二流",
        "控制在预算以内",
        "全年实际完成情况",
        "指标12:孕产妇7天访视数",
        "产业特色鲜明、空间载体完备、企业集聚显著、运营管理专业、服务体系完善、综合效益较高",
        "均高于60%，产业面积高于3万平米，服务企业数均超过30家",
        "按照每家10万元的标准给予支持，单家每年不超过100万元",
    ],
)
def test_qualitative_targets(text: str) -> None:
    target = parse_target(text)
    assert target.kind == TargetKind.QUALITATIVE
    assert (target.raw, target.value, target.op) == (text, None, None)


@pytest.mark.parametrize("text", [None, "", " ", "无", "-", "—", "——", "/", "／", "*"])
def test_null_targets(text: str | None) -> None:
    assert parse_target(text).kind == TargetKind.NONE


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("≥", None),
        ("12-", None),
        ("≥6O%", None),
        ("15-12个", None),
        ("≥5个以下", None),
        ("≥90%≥90%", None),
        ("16:35", None),
        ("5月底前", None),
        ("2月30日前", 2021),
    ],
)
def test_broken_targets_raise(text: str, year: int | None) -> None:
    with pytest.raises(ValueParseError):
        parse_target(text, year=year)


@given(st.text(), st.booleans())
def test_parse_target_raises_only_value_parse_error(text: str, cost: bool) -> None:
    with contextlib.suppress(ValueParseError):
        parse_target(text, year=2021, cost=cost)


@given(st.text(alphabet="产业特色鲜明空间载体完备企业集聚显著有效提升应保尽保、", min_size=1))
def test_plain_text_is_qualitative_and_never_raises(text: str) -> None:
    assert parse_target(text).kind == TargetKind.QUALITATIVE


@given(st.decimals(min_value=0, max_value=10**6, places=2), st.sampled_from(["%", "个", "万元"]))
def test_written_operator_targets_round_trip(value: Decimal, unit: str) -> None:
    target = parse_target(f"≥{value}{unit}")
    assert (target.op, target.value, target.unit) == (">=", value, unit)
