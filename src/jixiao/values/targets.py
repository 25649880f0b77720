"""年度指标值 cells: operators, ranges, tolerances, deadlines or qualitative text (R14, R25)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from jixiao.values.dates import parse_deadline, search_deadline, split_deadline
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import NUMBER_PATTERN, UNIT_PATTERN, is_null, normalize, parse_number
from jixiao.values.quantities import END, SUBJECT, SUBJECT_TRIM, Amount, plausible, read_amount
from jixiao.values.types import Target, TargetKind

_KIND_OF_OP = {
    ">=": TargetKind.POSITIVE,
    ">": TargetKind.POSITIVE,
    "<=": TargetKind.REVERSE,
    "<": TargetKind.REVERSE,
    "=": TargetKind.EQUAL,
}
_IMPLIED_OP = {TargetKind.REVERSE: "<=", TargetKind.EQUAL: "=", TargetKind.POSITIVE: ">="}
_RANGE = re.compile(
    rf"{SUBJECT}(?P<lo>{NUMBER_PATTERN})(?P<lunit>{UNIT_PATTERN})?(?:-|~|至|到|—)"
    rf"(?P<hi>{NUMBER_PATTERN})(?P<hunit>{UNIT_PATTERN})?(?:之间)?{END}"
)
_TOLERANCE = re.compile(
    rf"{SUBJECT}(?:±|\+-|\+/-|正负)(?P<num>{NUMBER_PATTERN})(?P<unit>{UNIT_PATTERN})?"
    rf"(?:以内|之内|范围内)?{END}"
)
_PERCENT_WORDS = re.compile(rf"百分之({NUMBER_PATTERN})")
_SPACES = re.compile(r"\s+")
_HAS_NUMBER = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")
_OP_SYMBOL = re.compile(r"[≥≤≧≦<>=═±]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"\d")
_CLAUSE_BREAK = re.compile(r"[,;。]")
_PERIOD_WORDS = re.compile(r"(?:全年|年内|年度内|本年度?内?)")


# Forms repeat the same cells ('100%', '≥90%', '达成年度指标'); the result is immutable, so a
# cache keeps batches fast (PRODUCT: >= 500 forms/s).
@lru_cache(maxsize=8192)
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
    return _parse_deadline_target(text, value, year) or _parse_value_target(text, value, cost)


def _parse_value_target(raw: str, value: str, cost: bool) -> Target:
    if _HAS_NUMBER.search(value):
        for parse in (_tolerance, _range, _single):
            target = parse(raw, value, cost)
            if target is not None:
                return target
    if _looks_numeric(value):
        raise ValueParseError(raw, "数值格式不正确（R25）")
    return Target(raw=raw, kind=TargetKind.QUALITATIVE)


def _parse_deadline_target(raw: str, value: str, year: int | None) -> Target | None:
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
        subject, deadline, rest = inner[0].strip(SUBJECT_TRIM) or None, inner[1], inner[2]
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
        op = _IMPLIED_OP[kind]
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


def _range(raw: str, value: str, cost: bool) -> Target | None:
    """'12-15个', '80%-90%', '4~6家', '12至15个' (R14, P15); a cost range stays a range."""
    match = _RANGE.match(value)
    if match is None or not plausible(
        match.group("lo"), match.group("lunit") or match.group("hunit")
    ):
        return None
    lunit, hunit = match.group("lunit"), match.group("hunit")
    if lunit and hunit and lunit != hunit:
        return None
    low, high = parse_number(match.group("lo")), parse_number(match.group("hi"))
    if low > high:
        raise ValueParseError(raw, "区间下限大于上限（R14）")
    subject = match.group("subject").strip(SUBJECT_TRIM) or None
    unit = hunit or lunit
    return Target(raw=raw, kind=TargetKind.RANGE, low=low, high=high, unit=unit, subject=subject)


def _tolerance(raw: str, value: str, cost: bool) -> Target | None:
    """'±10%': a two-sided band around the plan, low = -x and high = +x (R14, P15)."""
    match = _TOLERANCE.match(value)
    if match is None:
        return None
    size = parse_number(match.group("num"))
    subject = match.group("subject").strip(SUBJECT_TRIM) or None
    return Target(
        raw=raw,
        kind=TargetKind.RANGE,
        low=-size,
        high=size,
        unit=match.group("unit"),
        tolerance=True,
        subject=subject,
    )


def _looks_numeric(value: str) -> bool:
    """Short text with an operator symbol, or digits without any CJK, that still did not parse."""
    if _CLAUSE_BREAK.search(value):
        return False
    return bool(_OP_SYMBOL.search(value)) or (not _CJK.search(value) and bool(_DIGIT.search(value)))


def _percent(match: re.Match[str]) -> str:
    return f"{match.group(1)}%"
