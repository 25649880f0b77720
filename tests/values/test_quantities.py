"""String → Amount table for jixiao.values.quantities.read_amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.values import ValueParseError
from jixiao.values.quantities import read_amount


@pytest.mark.parametrize(
    ("text", "op", "value", "unit", "subject"),
    [
        ("≥60%", ">=", "60", "%", None),
        ("17", None, "17", None, None),
        ("20个以上", ">=", "20", "个", None),
        ("20个及以上", ">=", "20", "个", None),
        ("≥20个以上", ">=", "20", "个", None),
        ("不超过100万元", "<=", "100", "万元", None),
        ("控制在5%以内", "<=", "5", "%", None),
        ("约20家次", "~", "20", "家次", None),
        ("20家次左右", "~", "20", "家次", None),
        ("满意度≥90%", ">=", "90", "%", "满意度"),
        ("较上年提高5%", None, "5", "%", "较上年提高"),
        ("完成率100%", None, "100", "%", "完成率"),
        ("≥95%(含)", ">=", "95", "%", None),
        ("≥90%(抽样)", ">=", "90", "%", None),
        ("≤5个工作日", "<=", "5", "个工作日", None),
        ("三家", None, "3", "家", None),
        ("100%。", None, "100", "%", None),
    ],
)
def test_read_amount(
    text: str, op: str | None, value: str, unit: str | None, subject: str | None
) -> None:
    amount = read_amount(text, text)
    assert amount is not None
    assert (amount.op, amount.value, amount.unit, amount.subject) == (
        op,
        Decimal(value),
        unit,
        subject,
    )


@pytest.mark.parametrize(
    "text",
    [
        "达到预期",
        "一流",
        "4-6家",
        "≥90%≥90%",
        "指标12:孕产妇7天访视数",
        "均高于60%,面积高于3万平米",
        "≥",
    ],
)
def test_read_amount_not_a_quantity(text: str) -> None:
    assert read_amount(text, text) is None


def test_contradicting_operators_raise() -> None:
    with pytest.raises(ValueParseError):
        read_amount("≥5个以下", "≥5个以下")
