"""String → Actual tables and properties for jixiao.values.actuals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.values.actuals import parse_actual
from jixiao.values.types import ActualKind


@pytest.mark.parametrize(
    ("text", "value", "unit", "op"),
    [
        ("17", "17", None, None),
        ("100%", "100", "%", None),
        ("100.00%", "100.00", "%", None),
        ("53.02％", "53.02", "%", None),
        ("≥95%", "95", "%", ">="),
        ("＞90%", "90", "%", ">"),
        ("1,467.62", "1467.62", None, None),
        ("17个", "17", "个", None),
        ("1467.42万元", "1467.42", "万元", None),
        ("已完成17个", "17", "个", None),
        ("约20家", "20", "家", None),
        ("17家园区共支持资金1467.42万元", "1467.42", "万元", None),
        # Several amounts: the largest is the total (see parse_actual).
        ("计划100万元，实际完成120万元", "120", "万元", None),
        ("共支持资金1467.42万元，其中园区300万元", "1467.42", "万元", None),
        ("共0.5亿元，其中4000万元为补助", "0.5", "亿元", None),
    ],
)
def test_number_actuals(text: str, value: str, unit: str | None, op: str | None) -> None:
    actual = parse_actual(text, year=2021)
    assert actual.kind == ActualKind.NUMBER
    assert (actual.value, actual.unit, actual.op) == (Decimal(value), unit, op)
    assert actual.raw == text


def test_number_keeps_printed_precision() -> None:
    assert parse_actual("100.00%").value.as_tuple().exponent == -2  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("项目于9月10日征集完毕", date(2021, 9, 10)),
        ("资金于12月21日完成拨付", date(2021, 12, 21)),
        ("2021年10月20日", date(2021, 10, 20)),
        ("10月20日完成审核流程", date(2021, 10, 20)),
        ("9月10日", date(2021, 9, 10)),
        ("12月完成", date(2021, 12, 31)),
        ("2022年3月18日验收", date(2022, 3, 18)),
    ],
)
def test_date_actuals(text: str, expected: date) -> None:
    actual = parse_actual(text, year=2021)
    assert (actual.kind, actual.date, actual.value) == (ActualKind.DATE, expected, None)


@pytest.mark.parametrize(("text", "year"), [("项目于9月10日征集完毕", None), ("2月30日完成", 2021)])
def test_unplaceable_date_is_a_date_without_value(text: str, year: int | None) -> None:
    actual = parse_actual(text, year=year)
    assert (actual.kind, actual.date) == (ActualKind.DATE, None)


def test_money_and_date_are_both_kept() -> None:
    actual = parse_actual("12月21日拨付资金620.82万元", year=2021)
    assert actual.kind == ActualKind.NUMBER
    assert (actual.value, actual.unit, actual.date) == (
        Decimal("620.82"),
        "万元",
        date(2021, 12, 21),
    )


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("达成年度指标", 1),
        ("部分达成年度指标并具有一定效果", 2),
        ("未达成年度指标且效果较差", 3),
        ("未达成年度指标", 3),
        ("基本完成", 2),
        ("是", 1),
        ("否", 3),
        ("政策调整，未启动征集", 3),
        ("均高于60%，产业面积高于3万平米，有效的完成了年度指标", 1),
    ],
)
def test_tier_actuals(text: str, tier: int) -> None:
    actual = parse_actual(text, year=2021)
    assert (actual.kind, actual.tier, actual.value) == (ActualKind.TIER, tier, None)


def test_tier_is_kept_beside_a_number_and_a_date() -> None:
    assert parse_actual("已完成17个").tier == 1
    assert parse_actual("项目于9月10日征集完毕", year=2021).tier == 1


@pytest.mark.parametrize(
    "text", ["有效提升", "一般", "≥6O%", "良好", "按计划推进", "4-6家", "指标12:孕产妇7天访视数"]
)
def test_text_actuals(text: str) -> None:
    actual = parse_actual(text, year=2021)
    assert (actual.kind, actual.value, actual.date, actual.tier) == (
        ActualKind.TEXT,
        None,
        None,
        None,
    )


@pytest.mark.parametrize("text", [None, "", " ", "无", "-", "—", "——", "/", "＊"])
def test_null_actuals(text: str | None) -> None:
    assert parse_actual(text).kind == ActualKind.NONE


@given(st.text(), st.one_of(st.none(), st.integers(1, 9998)))
def test_parse_actual_never_raises(text: str, year: int | None) -> None:
    assert parse_actual(text, year=year).kind in set(ActualKind)


@given(
    st.decimals(min_value=0, max_value=10**9, places=2), st.sampled_from(["", "%", "个", "万元"])
)
def test_written_numbers_round_trip(value: Decimal, unit: str) -> None:
    actual = parse_actual(f"{value}{unit}")
    assert (actual.kind, actual.value, actual.unit) == (ActualKind.NUMBER, value, unit or None)
