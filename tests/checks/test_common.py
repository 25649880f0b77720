"""The shared helpers: printed-precision comparison (P9), blank cells, amounts and unit families."""

from decimal import Decimal

import pytest

from jixiao.checks._common import clip, is_blank, money, places, same_as_printed, score_text
from jixiao.checks._units import convert, family, in_wan, incompatible


@pytest.mark.parametrize(
    ("printed", "computed", "same"),
    [
        ("5.3", "5.302", True),  # P9 examples
        ("5.31", "5.30", False),
        ("9", "9.20", True),
        ("5.30", "5.302", True),
        ("53.02", "53.0209", True),
        ("53.03", "53.0209", False),
        ("2.5", "2.45", True),  # half-up, not half-even
        ("2", "2.5", False),
        ("3", "2.5", True),
        ("95.20", "95.2", True),
    ],
)
def test_same_as_printed(printed: str, computed: str, same: bool) -> None:
    assert same_as_printed(Decimal(printed), Decimal(computed)) is same


@pytest.mark.parametrize(("text", "n"), [("5.30", 2), ("95", 0), ("1467.620000", 6), ("1E+2", 0)])
def test_places(text: str, n: int) -> None:
    assert places(Decimal(text)) == n


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        (None, True),
        ("", True),
        ("  ", True),
        ("无", True),
        ("无。", True),
        ("/", True),
        ("——", True),
        ("－", True),
        ("暂无", True),
        ("政策调整，未启动", False),
        ("无法按期完成，已延至次年", False),
    ],
)
def test_is_blank(text: str | None, blank: bool) -> None:
    assert is_blank(text) is blank


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("1467.620000", "1467.62"),
        ("4100.000000", "4100.00"),
        ("0.200000", "0.20"),
        ("200", "200"),
        ("199.8", "199.8"),
        ("0.123456", "0.123456"),
    ],
)
def test_money(value: str, shown: str) -> None:
    assert money(Decimal(value)) == shown


@pytest.mark.parametrize(
    ("value", "shown"), [("2.00", "2"), ("1.59", "1.59"), ("53.0209", "53.02"), ("5.3", "5.3")]
)
def test_score_text(value: str, shown: str) -> None:
    assert score_text(Decimal(value)) == shown


def test_clip_shortens_long_cells() -> None:
    assert clip("短") == "短"
    assert clip("甲" * 30) == "甲" * 23 + "…"
    assert clip("a\n b") == "a b"


@pytest.mark.parametrize(
    ("unit", "name"),
    [
        ("%", "percent"),
        ("万元", "money"),
        ("元", "money"),
        ("天", "time"),
        ("平方米", "area"),
        ("个", "count"),
        ("人次", "count"),
        (None, None),
        (" ", None),
    ],
)
def test_family(unit: str | None, name: str | None) -> None:
    assert family(unit) == name


@pytest.mark.parametrize(
    ("a", "b", "bad"),
    [
        ("万元", "%", True),
        ("个", "家", False),
        ("天", "个", True),
        (None, "%", False),
        ("元", "万元", False),
    ],
)
def test_incompatible(a: str | None, b: str | None, bad: bool) -> None:
    assert incompatible(a, b) is bad


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    [
        ("2100000", "元", "万元", "210"),
        ("1.5", "亿元", "万元", "15000"),
        ("17", None, "个", "17"),
        ("17", "个", "天", None),
        ("85", "％", "%", "85"),
    ],
)
def test_convert(value: str, unit: str | None, to: str, expected: str | None) -> None:
    got = convert(Decimal(value), unit, to)
    assert (got if got is None else got.normalize()) == (
        None if expected is None else Decimal(expected).normalize()
    )


def test_in_wan() -> None:
    assert in_wan(Decimal("15000"), "元") == Decimal("1.5")
    assert in_wan(Decimal("3"), None) == Decimal("3")
    assert in_wan(Decimal("3"), "个") is None
