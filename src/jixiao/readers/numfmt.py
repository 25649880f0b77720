"""Excel number formats: the text a cell shows for its stored number ('0.00%' → '53.02%')."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ECMA-376 18.8.30: the built-in formats a workbook refers to by id without spelling them out.
BUILTIN_FORMATS: dict[int, str] = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)",
    41: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ',
    42: '_ ¥* #,##0_ ;_ ¥* \\-#,##0_ ;_ ¥* "-"_ ;_ @_ ',
    43: '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ',
    44: '_ ¥* #,##0.00_ ;_ ¥* \\-#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ',
    49: "@",
}
_NUMBER_PART = re.compile(r"[#0?][#0?,]*(?:\.[#0?]*)?%?")
_DATE_LETTERS = re.compile(r"[ymdhsYMDHS]")


def general_text(value: float | int) -> str:
    """The General format: the number without float noise, integral values without '.0'."""
    try:
        # Excel shows at most 15 significant digits, so 0.1+0.2 reads 0.3.
        number = Decimal(format(value, ".15g")) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return str(value)
    if number == number.to_integral_value():
        return str(number.quantize(Decimal(1)))
    return format(number.normalize(), "f")


def format_number(value: float | int, code: str) -> str:
    """The text Excel shows for ``value`` under number format ``code``.

    Handles what forms use: fixed decimals, thousands separators, percent, a negative section and
    literal text around the number ('0.00"万元"'); anything else (dates, scientific) is General.
    """
    section, negative_section = _section(code, value)
    zero_section = value == 0 and len(code.split(";")) > 2
    if not section or section.lower() == "general" or section == "@":
        return general_text(value)
    clean = _unquote(section)
    if value == 0 and zero_section and not re.search(r"[0#]", clean):
        return clean.replace("?", "").strip()  # accounting formats print zero as '-'
    match = _NUMBER_PART.search(clean)
    if match is None or _DATE_LETTERS.search(clean.replace("E+", "")):
        return general_text(value)
    shown = _render(abs(value) if negative_section else value, match.group())
    return (clean[: match.start()] + shown + clean[match.end() :]).strip()


def _section(code: str, value: float | int) -> tuple[str, bool]:
    # 'pos;neg;zero;text': a negative number takes the second section when there is one, which
    # prints its own sign or brackets, so the absolute value is rendered there.
    sections = code.split(";")
    if value < 0 and len(sections) > 1 and sections[1].strip():
        return sections[1], True
    if value == 0 and len(sections) > 2 and sections[2].strip():
        return sections[2], False
    return sections[0], False


def _unquote(section: str) -> str:
    # Colours/conditions in brackets, padding (_x) and fill (*x) show nothing; quoted text and
    # escaped characters show as themselves.
    out = re.sub(r"\[[^\]]*\]|_.|\*.", "", section)
    out = re.sub(r'"([^"]*)"', r"\1", out)
    return re.sub(r"\\(.)", r"\1", out)


def _render(value: float | int, pattern: str) -> str:
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    percent = pattern.endswith("%")
    if percent:
        number *= 100
        pattern = pattern[:-1]
    while pattern.endswith(","):  # trailing commas scale by thousands
        number /= 1000
        pattern = pattern[:-1]
    decimals = len(pattern.split(".", 1)[1]) if "." in pattern else 0
    rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    grouping = "," if "," in pattern else ""
    text = format(rounded, f"{grouping}.{decimals}f")
    return text + ("%" if percent else "")
