"""实际完成值 cells: a number, a completion date, a qualitative tier or free text."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache

from jixiao.values.dates import find_date
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import NUMBER_PATTERN, is_null, normalize, parse_number, to_unit
from jixiao.values.quantities import Amount, read_amount
from jixiao.values.tiers import parse_tier
from jixiao.values.types import Actual, ActualKind

_SPACES = re.compile(r"\s+")
_MONEY = re.compile(rf"(?<![\d.])({NUMBER_PATTERN})(亿元|万元|千元|元)")
_ANY_NUMBER = re.compile(r"\d")


# Forms repeat the same cells ('100%', '≥90%', '达成年度指标'); the result is immutable, so a
# cache keeps batches fast (PRODUCT: >= 500 forms/s).
@lru_cache(maxsize=8192)
def parse_actual(text: str | None, *, year: int | None = None) -> Actual:
    """Read a 实际完成值 cell; ``year`` is the form's year for dates written without one.

    Order: a cell that is one quantity ('17', '100%', '≥95%', '已完成17个') is a NUMBER; else a
    money amount in the text ('17家园区共支持资金1467.42万元' → 1467.42 万元) is the NUMBER, and
    when several are written the largest wins, because a sentence that names more than one amount
    states the total beside its parts; else a completion date ('项目于9月10日征集完毕') makes a
    DATE; else tier wording ('未达成年度指标') makes a TIER (R15–R17); anything else is TEXT. The
    date and the tier are also filled in beside a number when the text holds them, so a deadline
    or qualitative row can still use them. Never raises: a written date that cannot be placed
    (no year given, '2月30日') gives a DATE with ``date`` None, for the caller to report.
    """
    if is_null(text):
        return Actual(raw=text or "", kind=ActualKind.NONE)
    assert text is not None
    value = _SPACES.sub("", normalize(text))
    tier = parse_tier(value)
    found, dated = _date(value, year)
    amount = _whole_amount(value, dated)
    if amount is not None:
        op = None if amount.op == "~" else amount.op
        return Actual(text, ActualKind.NUMBER, amount.value, amount.unit, found, tier, op)
    money = _largest_money(value)
    if money is not None:
        return Actual(text, ActualKind.NUMBER, money[0], money[1], found, tier)
    if dated:
        return Actual(raw=text, kind=ActualKind.DATE, date=found, tier=tier)
    if tier is not None:
        return Actual(raw=text, kind=ActualKind.TIER, tier=tier)
    return Actual(raw=text, kind=ActualKind.TEXT)


def _whole_amount(value: str, dated: bool) -> Amount | None:
    """The cell read as one quantity with an optional operator and leading words, if it is one."""
    if not _ANY_NUMBER.search(value):
        return None
    try:
        amount = read_amount(value, value)
    except ValueParseError:
        return None
    if amount is None or (dated and _part_of_date(amount)):
        return None
    return amount


def _part_of_date(amount: Amount) -> bool:
    """In a dated text, '12月完成' is the date, not a quantity of 月."""
    return (amount.unit or "")[:1] in ("年", "月", "日", "号", "號")


def _largest_money(value: str) -> tuple[Decimal, str] | None:
    best: tuple[Decimal, str, Decimal] | None = None
    for match in _MONEY.finditer(value):
        try:
            amount = parse_number(match.group(1))
        except ValueParseError:
            continue
        in_yuan = to_unit(amount, match.group(2), "元")
        if in_yuan is not None and (best is None or in_yuan > best[2]):
            best = (amount, match.group(2), in_yuan)
    return None if best is None else (best[0], best[1])


def _date(value: str, year: int | None) -> tuple[date | None, bool]:
    """The completion date and whether one is written; an unplaceable date is (None, True)."""
    try:
        found = find_date(value, year)
    except ValueParseError:
        return None, True
    return found, found is not None
