"""One quantity in a cell: '[subject][operator]number[unit][operator word]' (R25)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import KNOWN_UNITS, NUMBER_PATTERN, UNIT_PATTERN, parse_number

# Prefix operator words and symbols, longest first so '不低于' is not read as '低于' (R25).
PREFIX_OPS: dict[str, str] = {
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
SUFFIX_OPS: dict[str, str] = {
    "及以上": ">=",
    "以上": ">=",
    "及以下": "<=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "~",
}


def _alternation(words: dict[str, str]) -> str:
    """A regex alternation of the words, longest first so that 不低于 wins over 低于."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# The subject never crosses a clause break, so multi-clause prose stays qualitative; it holds no
# operator symbol, so glued cells ('≥90%≥90%') are not one target, and no digit, so '4-6家' or
# '指标12:孕产妇7天' is not read as a single quantity.
SUBJECT = r"(?P<subject>[^,;。!?≥≤≧≦<>=═±\d]*?)"
_QUANT = rf"(?P<num>{NUMBER_PATTERN})(?P<unit>{UNIT_PATTERN})?"
# A short trailing note in brackets ('(含)', '(抽样)') does not change the quantity.
END = r"(?:\([^()]{1,12}\))?[。.]?\Z"
_SINGLE = re.compile(
    rf"{SUBJECT}(?P<pre>{_alternation(PREFIX_OPS)})?{_QUANT}"
    rf"(?P<post>{_alternation(SUFFIX_OPS)})?{END}"
)
_ARABIC_START = re.compile(r"[+-]?\d")
SUBJECT_TRIM = ":：-—、 "


@dataclass(frozen=True, slots=True)
class Amount:
    """One quantity read from a cell; ``value`` is in ``unit`` as printed ('≥60%' → 60, '%').

    ``op`` is '>=', '>', '<=', '<', '=', '~' (约 / 左右) or None when no operator is written;
    ``subject`` is the leading text that names what is counted.
    """

    op: str | None
    value: Decimal
    unit: str | None
    subject: str | None


def read_amount(value: str, raw: str) -> Amount | None:
    """Read '[subject][operator]number[unit][operator word]', or None when it is not that shape.

    ``value`` must already be normalized (``numbers.normalize``, spaces removed); ``raw`` is the
    cell text quoted in errors.
    Raises ValueParseError when the operators before and after the number contradict ('≥5个以下').
    """
    match = _SINGLE.match(value)
    if match is None or not plausible(match.group("num"), match.group("unit")):
        return None
    pre, post = match.group("pre"), match.group("post")
    ops = {PREFIX_OPS[pre] if pre else None, SUFFIX_OPS[post] if post else None} - {None}
    if len(ops) > 1 and ops != {"<=", "<"} and ops != {">=", ">"}:
        raise ValueParseError(raw, "运算符前后矛盾（R25）")
    op = (PREFIX_OPS[pre] if pre else None) or (SUFFIX_OPS[post] if post else None)
    subject = match.group("subject").strip(SUBJECT_TRIM) or None
    return Amount(op, parse_number(match.group("num")), match.group("unit"), subject)


def plausible(number: str, unit: str | None) -> bool:
    """A Chinese-numeral quantity needs a known unit: '三家' is 3 家, '一流' is not a number."""
    return bool(_ARABIC_START.match(number)) or unit in KNOWN_UNITS
