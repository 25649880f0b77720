"""Deadlines in targets ('5月底前', '年底前') and completion dates in actuals ('于9月10日完成')."""

from __future__ import annotations

import calendar
import re
from datetime import date

from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import normalize, parse_number

_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_YEAR = r"(?:(?P<year>\d{4})年|(?P<next>次年|明年|下一?年)|本年度?|当年|今年)?"
# A month with a day, or a month alone (optionally 底/末/份); never glued to a preceding digit,
# so '36个月' or '136月' is not read as a month.
_MONTH_DAY = (
    rf"(?<![\d.])(?P<month>{_MONTH})月(?:(?P<day>{_N})[日号號]|(?P<end>底|末|份)?(?![\d日号號]))"
)
_ISO = r"(?<!\d)(?P<iy>\d{4})(?P<sep>[-./])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})(?![\d.])"
_YEAR_END = r"(?:(?P<ey>\d{4})年?)?(?:年底|年末|年终|年内|年度内)|全年"
_HALF = r"(?P<half>上半年|下半年)"
_QUARTER = r"第?(?P<quarter>[1-4一二三四])季度(?:末|底)?"
_BEFORE = r"(?P<before>前|以前|之前)?"

_DEADLINE = re.compile(
    rf"(?:在|于|截至|截止到?|到)?(?:{_ISO}|{_YEAR}{_MONTH_DAY}|{_YEAR_END}|{_HALF}|{_QUARTER}){_BEFORE}"
)
# What may follow a deadline in a pure deadline cell: '5月底前完成', '年底前完工'.
_DONE_WORDS = re.compile(r"(?:完成|完工|办结|到位|截止|止|内)?[。.]?\Z")
# Actuals: only explicit dates and year ends; '全年' or '上半年' in an actual describe a period.
_FIND = re.compile(rf"(?:{_ISO}|{_YEAR}{_MONTH_DAY}|(?:(?P<ey>\d{{4}})年?)?(?:年底|年末)){_BEFORE}")


def parse_deadline(text: str, year: int | None) -> date:
    """Read a target cell that is only a deadline; ``year`` is the form's year (P10).

    '5月底前' and '5月底' both mean 5-31: the last day still meets the deadline. A month alone
    followed by 前 ('10月前') means before that month starts, so its deadline is the last day of the
    previous month (9-30); a month alone without 前 ('2021年12月') is the whole month, so 12-31.
    """
    found = split_deadline(text, year)
    if found is None or not _DONE_WORDS.match(found[1]):
        raise ValueParseError(text, "不是一个完成时限")
    return found[0]


def split_deadline(text: str, year: int | None) -> tuple[date, str] | None:
    """Read a deadline at the start of ``text`` and return it with the rest of the text, or None.

    '2021年9月30日前支出100%' gives (2021-09-30, '支出100%'). Raises ValueParseError for an
    impossible date or when neither the text nor ``year`` gives the year.
    """
    value = normalize(text)
    match = _DEADLINE.match(value)
    if match is None:
        return None
    return _date_of(match, text, year), value[match.end() :].strip()


def search_deadline(text: str, year: int | None) -> tuple[str, date, str] | None:
    """Find a marked deadline inside ``text`` and return (text before, deadline, text after).

    Only explicit deadlines count here ('12月31日', '5月底', '10月前', '年底前', ISO dates); a bare
    month inside a sentence ('1-12月累计') is not a deadline.
    """
    value = normalize(text)
    for match in _DEADLINE.finditer(value):
        parts = match.groupdict()
        explicit = parts["iy"] or parts["day"] or parts["end"] or parts["before"]
        if explicit and not parts["half"] and not parts["quarter"]:
            found = _date_of(match, text, year)
            return value[: match.start()].strip(), found, value[match.end() :].strip()
    return None


def find_date(text: str, year: int | None) -> date | None:
    """Find the completion date written in an actual ('项目于9月10日征集完毕' → 9-10), or None.

    A month alone ('12月完成') means the last day of that month; '10月前' the end of September.
    """
    match = _FIND.search(normalize(text))
    return None if match is None else _date_of(match, text, year)


def _date_of(match: re.Match[str], raw: str, year: int | None) -> date:
    parts = match.groupdict()
    if parts["iy"]:
        return _make(int(parts["iy"]), int(parts["im"]), int(parts["id"]), raw)
    explicit = parts.get("year") or parts.get("ey")
    if explicit:
        base = int(explicit)
    elif year is None:
        raise ValueParseError(raw, "日期没有年份，且未给出表格年度")
    else:
        base = year + (1 if parts.get("next") else 0)
    if parts.get("month"):
        return _month_date(base, parts, raw)
    if parts.get("half"):
        return _make(base, 6 if parts["half"] == "上半年" else 12, None, raw)
    if parts.get("quarter"):
        quarter = int(parse_number(parts["quarter"]))
        return _make(base, quarter * 3, None, raw)
    return _make(base, 12, None, raw)


def _month_date(base: int, parts: dict[str, str | None], raw: str) -> date:
    month = int(parse_number(parts["month"] or ""))
    if parts["day"]:
        return _make(base, month, int(parse_number(parts["day"])), raw)
    if parts["before"] and not parts["end"]:
        # '10月前' = before October starts; the deadline is the last day of the previous month.
        if month == 1:
            return _make(base - 1, 12, None, raw)
        return _make(base, month - 1, None, raw)
    return _make(base, month, None, raw)


def _make(year: int, month: int, day: int | None, raw: str) -> date:
    """Build a date; ``day`` None means the month's last day."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise ValueParseError(raw, f"月份或年份无效：{year}年{month}月")
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, last)
    if not 1 <= day <= last:
        raise ValueParseError(raw, f"日期不存在：{year}年{month}月{day}日")
    return date(year, month, day)
