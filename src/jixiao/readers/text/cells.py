"""Wrapped cells: join a cell's lines, and score how plausible a grouping of lines into cells is.

PDF extraction wraps a cell's text at the column width: every line of a cell but the last is
(nearly) as wide as the column, and a line may not start with closing punctuation. These costs
let the stream reader pick the grouping that best fits that picture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from jixiao.readers.text.labels import DEVIATION_WORDS
from jixiao.readers.text.lines import Frag, width

_OPENS_CONTINUATION = ("、", "，", "（", "(", "；", "：", "“")
_CLOSES_CONTINUATION = ("、", "，", "。", "；", "）", ")", "%", "：", "”", "？")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_TARGET_SIGNS = re.compile(r"[0-9≥≤<>=＞＜≧≦]|前|底|以上|以下|不低于|不超过|不少于")
_LEADING_UNIT = re.compile(r"[A-Za-z0-9.%～~+\-]+[、，。；）)%：”？]*|.[、，。；）)%：”？]*")
# A line wider than its column by more than this is in another column.
_TOO_WIDE = 2
# A cell rarely ends exactly at a full line; when one does the next line usually continues it.
_FULL_END = 1.0
_BLANK_JOIN = 0.1
# Table columns are rarely narrower than six characters, so a shorter line seldom wraps.
_MIN_WRAP = 12
_NARROW_WRAP = 1.0
_BAD_WRAP = 2.0


def join_text(parts: Sequence[str]) -> str:
    """Join wrapped lines with nothing, or a space between two ASCII letters/digits."""
    out = ""
    for part in parts:
        if out and _ASCII_ALNUM.match(out[-1]) and _ASCII_ALNUM.match(part[0]):
            out += " "
        out += part
    return out


def continues(a: str, b: str) -> bool:
    """True when punctuation shows that b continues a on the next line."""
    return a.endswith(_OPENS_CONTINUATION) or b.startswith(_CLOSES_CONTINUATION)


def first_unit(text: str) -> str:
    """What could not have been moved to the line above: a run of ASCII or one character, with
    the closing punctuation that may not start a line (kinsoku)."""
    match = _LEADING_UNIT.match(text)
    return match.group(0) if match else text[:1]


def wraps(line: str, nxt: str, column: int) -> bool:
    """True when ``nxt`` on the next line is a plausible wrap of ``line`` in a column this wide."""
    if continues(line, nxt):
        return True
    return width(line) + _lead_width(nxt) > column


def cell_cost(frags: Sequence[Frag], column: int | None) -> float:
    """How badly these fragments fit one wrapped cell of a column this wide (None: unknown)."""
    # The stream reader calls this for every candidate cell, so it avoids calling wraps():
    # the same test, with each width looked up once.
    widths = [width(f.text) for f in frags]
    full = max([*widths, column or 0])
    cost = 0.0
    for i in range(len(frags) - 1):
        here, after = frags[i].text, frags[i + 1].text
        if frags[i + 1].blank_before:
            cost += _BLANK_JOIN
        if continues(here, after):
            continue
        if widths[i] + _lead_width(after) <= full:
            cost += _BAD_WRAP
        elif widths[i] < _MIN_WRAP:
            cost += _NARROW_WRAP
    if column is not None and max(widths) > column + _TOO_WIDE:
        cost += _BAD_WRAP
    return cost


@lru_cache(maxsize=8192)
def _lead_width(text: str) -> int:
    return width(first_unit(text))


def boundary_cost(before: Frag, after: Frag, column: int | None) -> float:
    """Cost of ending a cell between two fragments: punctuation joins them, or the line was full."""
    if continues(before.text, after.text):
        return _BAD_WRAP
    if column is not None and width(before.text) >= column - 1:
        return _FULL_END
    return 0.0


def dev_like(text: str) -> bool:
    """Text that reads like a deviation explanation (a clause with commas or cause words)."""
    return "，" in text or "。" in text or any(w in text for w in DEVIATION_WORDS)


def target_like(text: str) -> bool:
    """Text with a number, an operator or a deadline word."""
    return bool(_TARGET_SIGNS.search(text))
