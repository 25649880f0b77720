"""String → value tables and properties for jixiao.values.numbers."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.values import ValueParseError
from jixiao.values.numbers import (
    NULL_TOKENS,
    is_null,
    parse_cell_number,
    parse_number,
    split_quantity,
    to_unit,
)


@pytest.mark.parametrize(
    "text",
    ["", "  ", "无", "-", "—", "——", "–", "/", "／", "*", "＊", " 无 ", "\u3000—\u3000", None],
)
def test_is_null_tokens(text: str | None) -> None:
    assert is_null(text)


@pytest.mark.parametrize("text", ["0", "无效", "--5", "否", "a", "0%"])
def test_is_null_rejects_values(text: str) -> None:
    assert not is_null(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17", "17"),
        ("5.30", "5.30"),
        ("-3.5", "-3.5"),
        ("+2", "2"),
        (" 95 ", "95"),
        ("4,100.000000", "4100.000000"),
        ("215,457.6", "215457.6"),
        ("1,467.62", "1467.62"),
        ("１７", "17"),
        ("１，４６７．４２", "1467.42"),
        ("−8", "-8"),
        ("十二", "12"),
        ("十", "10"),
        ("一百二十", "120"),
        ("一百零五", "105"),
        ("一千零五十", "1050"),
        ("三万", "30000"),
        ("十万", "100000"),
        ("两千五百", "2500"),
        ("一亿三千万", "130000000"),
        ("三万五", "35000"),
        ("两千五", "2500"),
        ("一百五", "150"),
        ("一亿五", "150000000"),
        ("三万零五", "30005"),
        ("十五", "15"),
        ("零点五", "0.5"),
        ("三点一四", "3.14"),
        ("零", "0"),
        ("二〇二一", "2021"),
        ("负五", "-5"),
        ("1E+2", "1E+2"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    value = parse_number(text)
    assert value == Decimal(expected)
    assert value.as_tuple() == Decimal(expected).as_tuple()


def test_parse_number_keeps_printed_precision() -> None:
    assert parse_number("5.30").as_tuple().exponent == -2


@pytest.mark.parametrize(
    "text",
    [
        *("", "abc", "1.2.3", "1,23", "12,3456", "10%", "17个", "≥60", "5-", "点五"),
        *("万", "十十", "一二百", "千百", "1 000", "NaN", "Infinity", "6O", "零五"),
    ],
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueParseError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10", "10"),
        ("10分", "10"),
        ("53.02%", "53.02"),
        ("53.02％", "53.02"),
        ("100.00%", "100.00"),
        ("620.82万元", "620.82"),
        ("5.8万", "5.8"),
        ("1,467.62", "1467.62"),
        ("300元", "300"),
        ("95.20", "95.20"),
        ("¥1,200", "1200"),
    ],
)
def test_parse_cell_number(text: str, expected: str) -> None:
    value = parse_cell_number(text)
    assert value is not None
    assert value.as_tuple() == Decimal(expected).as_tuple()


@pytest.mark.parametrize("text", [None, "", "无", "—", "/", "  "])
def test_parse_cell_number_null(text: str | None) -> None:
    assert parse_cell_number(text) is None


@pytest.mark.parametrize("text", ["17个", "≥90%", "约10", "达到预期", "10分10", "%"])
def test_parse_cell_number_rejects(text: str) -> None:
    with pytest.raises(ValueParseError):
        parse_cell_number(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("17个", "17", "个"),
        ("17", "17", None),
        ("1467.42万元", "1467.42", "万元"),
        ("3万平米", "3", "万平米"),
        ("20000平方米", "20000", "平方米"),
        ("100%", "100", "%"),
        ("5‰", "5", "‰"),
        ("12 人次", "12", "人次"),
        ("3家次", "3", "家次"),
        ("2000万元", "2000", "万元"),
        ("30天", "30", "天"),
        ("2小时", "2", "小时"),
        ("6个月", "6", "个月"),
        ("三个", "3", "个"),
        ("百分之九十", "90", "%"),
        ("20元/人", "20", "元/人"),
        ("4批次", "4", "批次"),
        ("10㎡", "10", "m2"),
    ],
)
def test_split_quantity(text: str, value: str, unit: str | None) -> None:
    assert split_quantity(text) == (Decimal(value), unit)


@pytest.mark.parametrize("text", ["个", "≥17个", "17个以上的很多很多", "达到预期", "17 个 人", ""])
def test_split_quantity_rejects(text: str) -> None:
    with pytest.raises(ValueParseError):
        split_quantity(text)


@pytest.mark.parametrize(
    ("value", "unit", "target", "expected"),
    [
        ("1467.42", "万元", "元", "14674200"),
        ("12345", "元", "万元", "1.2345"),
        ("2.5", "亿元", "万元", "25000"),
        ("3", "万平米", "平方米", "30000"),
        ("5000", "平米", "万平米", "0.5000"),
        ("17", "个", "个", "17"),
        ("2", "公里", "米", "2000"),
    ],
)
def test_to_unit(value: str, unit: str, target: str, expected: str) -> None:
    result = to_unit(Decimal(value), unit, target)
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == Decimal(expected).as_tuple().exponent  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("unit", "target"), [("个", "元"), ("万元", "平米"), ("月", "天"), (None, "元"), ("元", None)]
)
def test_to_unit_not_convertible(unit: str | None, target: str | None) -> None:
    assert to_unit(Decimal(1), unit, target) is None


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_parse_number_round_trips_decimals(value: Decimal) -> None:
    assert parse_number(str(value)) == value


@given(st.text())
def test_parsers_raise_only_value_parse_error(text: str) -> None:
    for parser in (parse_number, parse_cell_number, split_quantity):
        with contextlib.suppress(ValueParseError):
            parser(text)


@given(st.sampled_from(sorted(NULL_TOKENS)), st.text(alphabet=" \t\u3000", max_size=3))
def test_null_tokens_with_padding(token: str, pad: str) -> None:
    assert is_null(pad + token + pad)
    assert parse_cell_number(pad + token + pad) is None


@pytest.mark.parametrize(
    ("value", "unit", "target", "expected"),
    [
        ("5", "‰", "%", "0.5"),
        ("1.5", "%", "‰", "15"),
        ("30", "日", "天", "30"),
        ("6", "个月", "月", "6"),
    ],
)
def test_to_unit_ratios_and_synonyms(value: str, unit: str, target: str, expected: str) -> None:
    assert to_unit(Decimal(value), unit, target) == Decimal(expected)


_CN = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """Write 0 <= n < 10**12 the standard way: 一万零五, 十二, 一亿三千万."""
    if n == 0:
        return "零"
    sections = []
    for big in ("亿", "万", ""):
        size = {"亿": 10**8, "万": 10**4, "": 1}[big]
        part, n = divmod(n, size)
        sections.append((part, big))
    out, need_zero = "", False
    for part, big in sections:
        if part == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or part < 1000):
            out += "零"
        out += _section(part) + big
        need_zero = False
    return out[1:] if out.startswith("一十") else out


def _section(n: int) -> str:
    text, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit, n = divmod(n, size)
        if digit:
            text += ("零" if zero and text else "") + _CN[digit] + unit
            zero = False
        else:
            zero = True
    return text


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (12, "十二"),
        (105, "一百零五"),
        (10005, "一万零五"),
        (130000000, "一亿三千万"),
        (2500, "二千五百"),
    ],
)
def test_chinese_writer_matches_examples(n: int, text: str) -> None:
    assert _chinese(n) == text


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_number(_chinese(n)) == n
