"""年度指标值 cells: operators, ranges, tolerances, deadlines or qualitative text (R14, R25)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jixiao.values.dates import parse_deadline, search_deadline, split_deadline
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import (
    KNOWN_UNITS,
    NUMBER_PATTERN,
    UNIT_PATTERN,
    is_null,
    normalize,
    parse_number,
)
from jixiao.values.types import Target, TargetKind

# Prefix operator words and symbols, longest first so '不低于' is not read as '低于' (R25).
_PREFIX_OPS: dict[str, str] = {
    "大于等于": ">=",
    "大于或等于": ">=",
    "小于等于": "<=",
    "小于或等于": "<=",
    "不低于": ">=",
    "不少于": ">=",
    "不小于": ">=",
    "至少": ">=",
    "达到": ">=",
    "≥": ">=",
    "≧": ">=",
    ">=": ">=",
    "=>": ">=",
    "超过": ">",
    "高于": ">",
    "大于": ">",
    "多于": ">",
    ">": ">",
    "不高于": "<=",
    "不超过": "<=",
    "不大于": "<=",
    "不多于": "<=",
    "至多": "<=",
    "最多": "<=",
    "控制在": "<=",
    "≤": "<=",
    "≦": "<=",
    "<=": "<=",
    "=<": "<=",
    "低于": "<",
    "小于": "<",
    "少于": "<",
    "<": "<",
    "==": "=",
    "=": "=",
    "═": "=",
    "等于": "=",
    "大约": "~",
    "约为": "~",
    "约": "~",
}
_SUFFIX_OPS: dict[str, str] = {
    "及以上": ">=",
    "以上": ">=",
    "及以下": "<=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "~",
}
_KIND_OF_OP = {
    ">=": TargetKind.POSITIVE,
    ">": TargetKind.POSITIVE,
    "<=": TargetKind.REVERSE,
    "<": TargetKind.REVERSE,
    "=": TargetKind.EQUAL,
}


def _alternation(words: dict[str, str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# The subject never crosses a clause break, so multi-clause prose stays qualitative; it holds no
# operator symbol, so glued cells ('≥90%≥90%') are not one target, and no digit, so '4-6家' or
# '指标12:孕产妇7天' is not read as a single quantity.
_SUBJECT = r"(?P<subject>[^,;。!?≥≤≧≦<>=═±\d]*?)"
_QUANT = rf"(?P<num>{NUMBER_PATTERN})(?P<unit>{UNIT_PATTERN})?"
_END = r"(?:\(含[^)]*\))?[。.]?\Z"
_SINGLE = re.compile(
    rf"{_SUBJECT}(?P<pre>{_alternation(_PREFIX_OPS)})?{_QUANT}"
    rf"(?P<post>{_alternation(_SUFFIX_OPS)})?{_END}"
)
_RANGE = re.compile(
    rf"{_SUBJECT}(?P<lo>{NUMBER_PATTERN})(?P<lunit>{UNIT_PATTERN})?(?:-|~|至|到|—)"
    rf"(?P<hi>{NUMBER_PATTERN})(?P<hunit>{UNIT_PATTERN})?(?:之间)?{_END}"
)
_TOLERANCE = re.compile(
    rf"{_SUBJECT}(?:±|\+-|\+/-|正负)(?P<num>{NUMBER_PATTERN})(?P<unit>{UNIT_PATTERN})?"
    rf"(?:以内|之内|范围内)?{_END}"
)
_PERCENT_WORDS = re.compile(rf"百分之({NUMBER_PATTERN})")
_SPACES = re.compile(r"\s+")
_HAS_NUMBER = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")
_OP_SYMBOL = re.compile(r"[≥≤≧≦<>=═±]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CLAUSE_BREAK = re.compile(r"[,;。]")
_PERIOD_WORDS = re.compile(r"(?:全年|年内|年度内|本年度?内?)")
_ARABIC_START = re.compile(r"[+-]?\d")
_SUBJECT_TRIM = ":：-—、 "


@dataclass(frozen=True, slots=True)
class Amount:
    """One quantity read from a cell: operator ('>=', '<', '=', '~' for 约/左右, or None)."""

    op: str | None
    value: Decimal
    unit: str | None
    subject: str | None


def parse_target(text: str | None, *, year: int | None = None, cost: bool = False) -> Target:
    """Read a 年度指标值 cell; ``year`` is the form's year for deadlines, ``cost`` marks 成本指标.

    Decisions: a bare number ('17个', '100%') is a positive "reach" target with an implied '>='
    (R10, R25), because forms print the planned amount to reach; under 成本指标 it is a ceiling,
    REVERSE with '<=' (P11). '约20家次' / '20家次左右' is EQUAL with ``approx`` (R12 scores '=' as
    "reach", with an over-achievement warning), and a ceiling under 成本指标. A deadline needs the
    form's year: without ``year`` and a year in the text it raises ValueParseError, as do an
    impossible date and broken numeric syntax ('≥', '12-', '≥6O%'). Other text is QUALITATIVE.
    """
    if is_null(text):
        return Target(raw=text or "", kind=TargetKind.NONE)
    assert text is not None
    value = _PERCENT_WORDS.sub(_percent, _SPACES.sub("", normalize(text)))
    return _parse_deadline_target(text, value, year, cost) or _parse_value_target(text, value, cost)


def _parse_value_target(raw: str, value: str, cost: bool) -> Target:
    if _HAS_NUMBER.search(value):
        for parse in (_tolerance, _range, _single):
            target = parse(raw, value, cost)
            if target is not None:
                return target
    if _looks_numeric(value):
        raise ValueParseError(raw, "数值格式不正确（R25）")
    return Target(raw=raw, kind=TargetKind.QUALITATIVE)


def _parse_deadline_target(raw: str, value: str, year: int | None, cost: bool) -> Target | None:
    """'5月底前', '2021年9月30日前支出100%', '资金于12月31日前拨付到位' (R14, P10)."""
    period = _PERIOD_WORDS.match(value)
    if period and value[period.end() :]:
        # '全年培训≥12次', '全年实际完成情况': 全年 names the period; only '年内完成' is a deadline.
        if _HAS_NUMBER.search(value[period.end() :]):
            return None
        return _pure_deadline(raw, value, year)
    found = split_deadline(value, year)
    subject: str | None = None
    if found is None:
        inner = search_deadline(value, year)
        if inner is None:
            return None
        subject, deadline, rest = inner[0].strip(_SUBJECT_TRIM) or None, inner[1], inner[2]
    else:
        deadline, rest = found
    amount = read_amount(rest, raw) if _HAS_NUMBER.search(rest) else None
    if amount is None:
        return Target(raw=raw, kind=TargetKind.DEADLINE, deadline=deadline, subject=subject)
    return _deadline_with_amount(raw, deadline, amount, subject)


def _pure_deadline(raw: str, value: str, year: int | None) -> Target | None:
    try:
        deadline = parse_deadline(value, year)
    except ValueParseError:
        return None
    return Target(raw=raw, kind=TargetKind.DEADLINE, deadline=deadline)


def _deadline_with_amount(raw: str, deadline: date, amount: Amount, subject: str | None) -> Target:
    op = None if amount.op == "~" else amount.op
    return Target(
        raw=raw,
        kind=TargetKind.DEADLINE,
        op=op,
        value=amount.value,
        unit=amount.unit,
        deadline=deadline,
        approx=amount.op == "~",
        subject=subject or amount.subject,
    )


def _single(raw: str, value: str, cost: bool) -> Target | None:
    amount = read_amount(value, raw)
    if amount is None:
        return None
    approx = amount.op == "~"
    if amount.op is None or approx:
        # P11: an amount without an operator under 成本指标 is a ceiling; otherwise see docstring.
        kind = TargetKind.REVERSE if cost else (TargetKind.EQUAL if approx else TargetKind.POSITIVE)
        op = {TargetKind.REVERSE: "<=", TargetKind.EQUAL: "=", TargetKind.POSITIVE: ">="}[kind]
    else:
        kind, op = _KIND_OF_OP[amount.op], amount.op
    return Target(
        raw=raw,
        kind=kind,
        op=op,
        value=amount.value,
        unit=amount.unit,
        approx=approx,
        subject=amount.subject,
    )


def read_amount(value: str, raw: str) -> Amount | None:
    """Read '[subject][operator]number[unit][operator word]', or None when it is not that shape.

    Raises ValueParseError when the operators before and after the number contradict ('≥5个以下').
    """
    match = _SINGLE.match(value)
    if match is None or not _plausible(match.group("num"), match.group("unit")):
        return None
    pre, post = match.group("pre"), match.group("post")
    ops = {_PREFIX_OPS[pre] if pre else None, _SUFFIX_OPS[post] if post else None} - {None}
    if len(ops) > 1 and ops != {"<=", "<"} and ops != {">=", ">"}:
        raise ValueParseError(raw, "运算符前后矛盾（R25）")
    op = (_PREFIX_OPS[pre] if pre else None) or (_SUFFIX_OPS[post] if post else None)
    subject = match.group("subject").strip(_SUBJECT_TRIM) or None
    return Amount(op, parse_number(match.group("num")), match.group("unit"), subject)


def _range(raw: str, value: str, cost: bool) -> Target | None:
    """'12-15个', '80%-90%', '4~6家', '12至15个' (R14, P15); a cost range stays a range."""
    match = _RANGE.match(value)
    if match is None or not _plausible(match.group("lo"), match.group("lunit") or "个"):
        return None
    lunit, hunit = match.group("lunit"), match.group("hunit")
    if lunit and hunit and lunit != hunit:
        return None
    low, high = parse_number(match.group("lo")), parse_number(match.group("hi"))
    if low > high:
        raise ValueParseError(raw, "区间下限大于上限（R14）")
    subject = match.group("subject").strip(_SUBJECT_TRIM) or None
    unit = hunit or lunit
    return Target(raw=raw, kind=TargetKind.RANGE, low=low, high=high, unit=unit, subject=subject)


def _tolerance(raw: str, value: str, cost: bool) -> Target | None:
    """'±10%': a two-sided band around the plan, low = -x and high = +x (R14, P15)."""
    match = _TOLERANCE.match(value)
    if match is None:
        return None
    size = parse_number(match.group("num"))
    subject = match.group("subject").strip(_SUBJECT_TRIM) or None
    return Target(
        raw=raw,
        kind=TargetKind.RANGE,
        low=-size,
        high=size,
        unit=match.group("unit"),
        tolerance=True,
        subject=subject,
    )


def _plausible(number: str, unit: str | None) -> bool:
    """A Chinese-numeral quantity needs a known unit: '三家' is 3 家, '一流' is not a number."""
    return bool(_ARABIC_START.match(number)) or unit in KNOWN_UNITS


def _looks_numeric(value: str) -> bool:
    """Short text with an operator symbol, or digits without any CJK, that still did not parse."""
    if _CLAUSE_BREAK.search(value):
        return False
    return bool(_OP_SYMBOL.search(value)) or (
        not _CJK.search(value) and bool(re.search(r"\d", value))
    )


def _percent(match: re.Match[str]) -> str:
    return f"{match.group(1)}%"
