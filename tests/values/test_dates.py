"""String → date tables and properties for jixiao.values.dates."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.values import ValueParseError
from jixiao.values.dates import find_date, parse_deadline, split_deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月底前", date(2021, 5, 31)),
        ("5月底", date(2021, 5, 31)),
        ("9月底前", date(2021, 9, 30)),
        ("2月底前", date(2021, 2, 28)),
        ("2021年9月30日前", date(2021, 9, 30)),
        ("2020年2月底前", date(2020, 2, 29)),
        ("12月31日前", date(2021, 12, 31)),
        ("年底前", date(2021, 12, 31)),
        ("年内", date(2021, 12, 31)),
        ("年底前完成", date(2021, 12, 31)),
        ("2022年底前", date(2022, 12, 31)),
        ("上半年", date(2021, 6, 30)),
        ("下半年", date(2021, 12, 31)),
        ("第三季度", date(2021, 9, 30)),
        ("三季度末", date(2021, 9, 30)),
        ("第1季度", date(2021, 3, 31)),
        ("10月前", date(2021, 9, 30)),
        ("1月前", date(2020, 12, 31)),
        ("10月底前", date(2021, 10, 31)),
        ("2021年12月", date(2021, 12, 31)),
        ("十二月底前", date(2021, 12, 31)),
        ("次年3月底前", date(2022, 3, 31)),
        ("2021.9.30", date(2021, 9, 30)),
        ("2021-09-30前", date(2021, 9, 30)),
        ("6月30日前完成", date(2021, 6, 30)),
        ("12月31号前", date(2021, 12, 31)),
        ("7月31號", date(2021, 7, 31)),
    ],
)
def test_parse_deadline(text: str, expected: date) -> None:
    assert parse_deadline(text, 2021) == expected


def test_parse_deadline_year_in_text_wins() -> None:
    assert parse_deadline("2020年12月", 2021) == date(2020, 12, 31)
    assert parse_deadline("2020年12月", None) == date(2020, 12, 31)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("5月底前", None),
        ("年底前", None),
        ("2月30日前", 2021),
        ("2021年2月29日", None),
        ("4月31日", 2021),
        ("达到预期", 2021),
        ("5月底前支出100%", 2021),
        ("100%", 2021),
        ("", 2021),
    ],
)
def test_parse_deadline_rejects(text: str, year: int | None) -> None:
    with pytest.raises(ValueParseError):
        parse_deadline(text, year)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年9月30日前支出100%", (date(2021, 9, 30), "支出100%")),
        ("5月底前完成征集", (date(2021, 5, 31), "完成征集")),
        ("年底前", (date(2021, 12, 31), "")),
        ("≥90%", None),
        ("支持12个", None),
    ],
)
def test_split_deadline(text: str, expected: tuple[date, str] | None) -> None:
    assert split_deadline(text, 2021) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("项目于9月10日征集完毕", date(2021, 9, 10)),
        ("资金于12月21日完成拨付", date(2021, 12, 21)),
        ("2021年10月20日", date(2021, 10, 20)),
        ("10月20日完成审核流程", date(2021, 10, 20)),
        ("12月完成", date(2021, 12, 31)),
        ("十二月完成", date(2021, 12, 31)),
        ("于10月前完成", date(2021, 9, 30)),
        ("已于年底前完成", date(2021, 12, 31)),
        ("2022年3月18日验收", date(2022, 3, 18)),
        ("2021.10.20完成", date(2021, 10, 20)),
        ("17", None),
        ("达成年度指标", None),
        ("周期36个月", None),
        ("周期36月", None),
        ("全年完成", None),
        ("2052-11.1.0.11691", None),
        ("", None),
    ],
)
def test_find_date(text: str, expected: date | None) -> None:
    assert find_date(text, 2021) == expected


@pytest.mark.parametrize(("text", "year"), [("于9月10日完成", None), ("2月30日完成", 2021)])
def test_find_date_rejects(text: str, year: int | None) -> None:
    with pytest.raises(ValueParseError):
        find_date(text, year)


@given(st.text(), st.one_of(st.none(), st.integers(1, 9998)))
def test_date_parsers_raise_only_value_parse_error(text: str, year: int | None) -> None:
    for parser in (parse_deadline, split_deadline, find_date):
        with contextlib.suppress(ValueParseError):
            parser(text, year)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_written_dates_round_trip(day: date) -> None:
    text = f"{day.year}年{day.month}月{day.day}日"
    assert parse_deadline(text + "前", None) == day
    assert find_date("于" + text + "完成", None) == day
