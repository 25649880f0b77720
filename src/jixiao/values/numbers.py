"""Numbers in form cells: null tokens, decimals, Chinese numerals, quantities and unit scaling."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from jixiao.values.errors import ValueParseError

# What forms write in a cell that has no value; compared after strip() (R14 "target blank").
NULL_TOKENS: frozenset[str] = frozenset(
    {"", "无", "-", "—", "——", "–", "/", "／", "*", "＊", "－", "--", "---", "———"}
)

# Signs NFKC leaves alone but forms use as a minus.
_MINUS_SIGNS = str.maketrans({"−": "-", "–": "-", "—": "-"})

_ARABIC = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_ARABIC_FULL = re.compile(_ARABIC.pattern + r"\Z")

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNITS = {"万": 10**4, "亿": 10**8}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL_UNITS) + "".join(_CN_BIG_UNITS)
_CN_NUMBER = re.compile(rf"负?[{_CN_CHARS}]+(?:点[{''.join(_CN_DIGITS)}]+)?")
_CN_FULL = re.compile(_CN_NUMBER.pattern + r"\Z")

# A number as it starts a quantity: Arabic (with separators) or a Chinese numeral.
NUMBER_PATTERN = rf"(?:{_ARABIC.pattern}|{_CN_NUMBER.pattern})"

# Units a value may carry (R25); longest first so '万平米' wins over '万' and '人次' over '人'.
_UNIT_WORDS = (
    "个 家 家次 项 人 人次 次 户 亩 只 头 册 种 场 篇 所 辆 台 套 件 公里 千米 米 平米 平方米",
    "万平米 万平方米 平方公里 立方米 万元 元 千元 亿元 万 % ‰ 天 日 月 年 小时 分钟 周 批 期",
    "份 本 处 座 条 间 张 支 名 位 分 吨 万吨 千克 公斤 斤 株 棵 盏 块 门 类 所次 个次 场次",
    "期次 课时 学时 人天 人月 户次 户数 个月 工作日 万人次 万人 m m2 m3 km km2 kg t",
)
KNOWN_UNITS: tuple[str, ...] = tuple(
    sorted((u for line in _UNIT_WORDS for u in line.split(" ")), key=len, reverse=True)
)
_KNOWN_UNIT_ALT = "|".join(re.escape(u) for u in KNOWN_UNITS)
# Unknown short CJK unit words are kept rather than rejected ('批次'), but never swallow the
# operator and range words that follow a quantity ('17个以上', '12至15个').
_UNIT_STOP = r"(?!以上|以下|以内|之内|左右|之间|及以|至|到)"
_UNIT_WORD = rf"(?:{_KNOWN_UNIT_ALT}|(?:{_UNIT_STOP}[\u3400-\u9fff]){{1,4}}|[A-Za-z]{{1,4}}[23]?)"
UNIT_PATTERN = rf"{_UNIT_WORD}(?:/{_UNIT_WORD})?"
_QUANTITY = re.compile(rf"({NUMBER_PATTERN})\s*({UNIT_PATTERN})?\Z")
_PERCENT_WORDS = re.compile(rf"(百分之|千分之)({NUMBER_PATTERN})\Z")

# Suffixes a numeric column may print after its number: 分值/得分, 执行率, amounts.
_CELL_SUFFIX = re.compile(r"\s*(?:分|%|万元|亿元|元|万)\Z")
_CURRENCY_PREFIX = re.compile(r"\A[¥$]\s*")

# Units that convert exactly: family and power of ten relative to the family's base.
_SCALES: dict[str, tuple[str, int]] = {
    "元": ("money", 0),
    "千元": ("money", 3),
    "万元": ("money", 4),
    "亿元": ("money", 8),
    "平米": ("area", 0),
    "平方米": ("area", 0),
    "m2": ("area", 0),
    "万平米": ("area", 4),
    "万平方米": ("area", 4),
    "平方公里": ("area", 6),
    "km2": ("area", 6),
    "米": ("length", 0),
    "m": ("length", 0),
    "千米": ("length", 3),
    "公里": ("length", 3),
    "km": ("length", 3),
    "千克": ("mass", 0),
    "公斤": ("mass", 0),
    "kg": ("mass", 0),
    "吨": ("mass", 3),
    "t": ("mass", 3),
    "万吨": ("mass", 7),
    # Ratios: a per-mille figure is a tenth of the same figure in percent.
    "%": ("ratio", 0),
    "‰": ("ratio", -1),
    # Synonyms that differ only in wording.
    "天": ("day", 0),
    "日": ("day", 0),
    "月": ("month", 0),
    "个月": ("month", 0),
}


def normalize(text: str) -> str:
    """Return the stripped NFKC form of a value cell, with typographic minus signs made ASCII."""
    return unicodedata.normalize("NFKC", text).strip().translate(_MINUS_SIGNS)


def is_null(text: str | None) -> bool:
    """True when the cell holds no value: blank or a placeholder such as 无, -, —, /."""
    return text is None or text.strip() in NULL_TOKENS


def parse_number(text: str) -> Decimal:
    """Read text that is exactly one number, keeping its printed precision ('5.30' stays 5.30)."""
    value = normalize(text)
    if _ARABIC_FULL.match(value):
        return _to_decimal(value.replace(",", ""), text)
    if _CN_FULL.match(value):
        return _parse_chinese(value, text)
    raise ValueParseError(text, "不是一个数字")


def parse_cell_number(text: str | None) -> Decimal | None:
    """Read a numeric form cell (金额, 分值, 得分, 执行率); null tokens give None.

    The column's own unit may follow the number ('10分', '53.02%', '620.82万元'); it is dropped
    without conversion because the column header already fixes the unit.
    """
    if is_null(text):
        return None
    assert text is not None
    value = _CURRENCY_PREFIX.sub("", normalize(text))
    value = _CELL_SUFFIX.sub("", value)
    try:
        return parse_number(value)
    except ValueParseError:
        raise ValueParseError(text, "不是一个数值单元格") from None


def split_quantity(text: str) -> tuple[Decimal, str | None]:
    """Split '1467.42万元' into (Decimal('1467.42'), '万元'); a bare number has unit None.

    '百分之九十' reads as (90, '%'). Unknown short CJK unit words are kept as the unit (R25).
    """
    value = normalize(text)
    words = _PERCENT_WORDS.match(value)
    if words:
        unit = "%" if words.group(1) == "百分之" else "‰"
        return parse_number(words.group(2)), unit
    match = _QUANTITY.match(value)
    if not match:
        raise ValueParseError(text, "不是“数字+单位”")
    return parse_number(match.group(1)), match.group(2)


def to_unit(value: Decimal, unit: str | None, target_unit: str | None) -> Decimal | None:
    """Convert 元/万元/亿元, 平米/万平米, %/‰ and other exact scales; None if not convertible."""
    if unit == target_unit:
        return value
    if unit is None or target_unit is None:
        return None
    source, target = _SCALES.get(unit), _SCALES.get(target_unit)
    if source is None or target is None or source[0] != target[0]:
        return None
    scaled = value.scaleb(source[1] - target[1])
    exponent = scaled.as_tuple().exponent
    # Scaling up leaves a positive exponent ('1.46742E+7'); give a plain integer instead.
    return scaled.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else scaled


def _to_decimal(value: str, raw: str) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueParseError(raw, "不是一个数字") from None
    if not number.is_finite():
        raise ValueParseError(raw, "不是一个有限数字")
    return number


def _parse_chinese(value: str, raw: str) -> Decimal:
    """Convert a Chinese numeral ('一百二十', '两千五百', '零点五', '二〇二一') to a Decimal."""
    negative = value.startswith("负")
    body = value[1:] if negative else value
    integer, _, fraction = body.partition("点")
    if not integer:
        raise ValueParseError(raw, "中文数字缺少整数部分")
    if all(ch in _CN_DIGITS for ch in integer):
        # Digit-by-digit writing ('二〇二一') or one digit; a leading zero only stands alone.
        digits = "".join(str(_CN_DIGITS[ch]) for ch in integer)
        if len(digits) > 1 and digits[0] == "0":
            raise ValueParseError(raw, "中文数字格式不正确")
    else:
        digits = str(_chinese_integer(integer, raw))
    if fraction:
        digits += "." + "".join(str(_CN_DIGITS[ch]) for ch in fraction)
    return Decimal(("-" if negative else "") + digits)


def _chinese_integer(text: str, raw: str) -> int:
    """Read 十/百/千 inside sections and 万/亿 between them; reject units out of order."""
    total = section = 0
    digit: int | None = None
    place = 1  # value of the unit just read; 零 resets it
    last_small = 10**4  # units inside a section must fall strictly: 千 > 百 > 十
    last_big = 10**9
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None and digit != 0:
                raise ValueParseError(raw, "中文数字格式不正确")
            digit = _CN_DIGITS[ch]
            place = 1 if digit == 0 else place
        elif ch in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[ch]
            if unit >= last_small or digit == 0 or (digit is None and unit != 10):
                raise ValueParseError(raw, "中文数字格式不正确")
            section += (1 if digit is None else digit) * unit
            digit, last_small, place = None, unit, unit
        else:
            big = _CN_BIG_UNITS[ch]
            section += digit or 0
            if big >= last_big or (section == 0 and total == 0):
                raise ValueParseError(raw, "中文数字格式不正确")
            total = (total + section) * big if big > 10**4 else total + section * big
            section, digit, last_small, last_big, place = 0, None, 10**4, big, big
    # A lone digit right after 百 or a larger unit is shorthand: 三万五 = 35000, 一百五 = 150.
    return total + section + (digit or 0) * (place // 10 if place >= 100 else 1)
