"""String → tier table for jixiao.values.tiers (R15–R17)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.values.tiers import parse_tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("达成年度指标", 1),
        ("部分达成年度指标并具有一定效果", 2),
        ("未达成年度指标且效果较差", 3),
        ("达成预期指标", 1),
        ("部分达成预期指标并具有一定效果", 2),
        ("未达成预期指标且效果较差", 3),
        ("未完成预期指标且效果较差", 3),
        ("完成年度指标", 1),
        ("未达成年度指标", 3),
        ("基本达成", 2),
        ("基本完成", 2),
        ("基本达到", 2),
        ("部分完成", 2),
        ("较好", 2),
        ("未全部完成", 2),
        ("不完全达到", 2),
        ("达到", 1),
        ("达到预期", 1),
        ("全部完成", 1),
        ("已完成", 1),
        ("完成", 1),
        ("是", 1),
        (" 是 ", 1),
        ("有效的完成了年度指标", 1),
        ("達(dá)成預(yù)期指標", 1),
        ("未达到", 3),
        ("未完成", 3),
        ("未能按时完成", 3),
        ("否", 3),
        ("政策调整，未启动征集", 3),
        ("不达标", 3),
    ],
)
def test_parse_tier(text: str, tier: int) -> None:
    assert parse_tier(text) == tier


@pytest.mark.parametrize("text", [None, "", "无", "有效提升", "应保尽保", "17", "是否", "良好"])
def test_parse_tier_unknown(text: str | None) -> None:
    assert parse_tier(text) is None


@given(st.text())
def test_parse_tier_total(text: str) -> None:
    assert parse_tier(text) in (None, 1, 2, 3)
