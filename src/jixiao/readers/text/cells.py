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
# One search instead of a substring test per word: dev_like runs for every candidate cell.
_DEVIATION = re.compile("|".join(map(re.escape, DEVIATION_WORDS)))
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
    if len(parts) == 1:
        return parts[0]  # one line (most cells): nothing to join
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


class Stretch:
    """Facts about a run of fragments, computed once, so that each candidate cell (a slice of the
    run) is priced with integer arithmetic: the stream reader prices hundreds per form."""

    __slots__ = ("blank", "cont", "frags", "need", "widths")

    def __init__(self, frags: Sequence[Frag]) -> None:
        self.frags = frags
        self.widths = [width(f.text) for f in frags]
        pairs = range(len(frags) - 1)
        self.blank = [frags[i + 1].blank_before for i in pairs]
        self.cont = [continues(frags[i].text, frags[i + 1].text) for i in pairs]
        # The line is a wrap only if the next line's first unit would not have fitted on it.
        self.need = [self.widths[i] + _lead_width(frags[i + 1].text) for i in pairs]

    def cell_cost(self, a: int, b: int, column: int | None) -> float:
        """cell_cost of frags[a:b]."""
        widths = self.widths
        if b == a + 1:  # one line: no wraps to price (most candidate cells)
            too_wide = column is not None and widths[a] > column + _TOO_WIDE
            return _BAD_WRAP if too_wide else 0.0
        widest = max(widths[a:b])
        full = widest if column is None or column < widest else column
        cost = 0.0
        blank, cont, need = self.blank, self.cont, self.need
        for i in range(a, b - 1):
            if blank[i]:
                cost += _BLANK_JOIN
            if cont[i]:
                continue
            if need[i] <= full:
                cost += _BAD_WRAP
            elif widths[i] < _MIN_WRAP:
                cost += _NARROW_WRAP
        if column is not None and widest > column + _TOO_WIDE:
            cost += _BAD_WRAP
        return cost

    def priced(self, a: int, b: int, column: int | None) -> float:
        """cell_cost of frags[a:b], plus boundary_cost at b unless b ends the run: in one call,
        since the stream reader asks this for every candidate cell."""
        if b == a + 1:  # one line (most candidates): cell_cost's own first case, without a call
            too_wide = column is not None and self.widths[a] > column + _TOO_WIDE
            cost = _BAD_WRAP if too_wide else 0.0
        else:
            cost = self.cell_cost(a, b, column)
        if b < len(self.widths):
            if self.cont[b - 1]:
                cost += _BAD_WRAP
            elif column is not None and self.widths[b - 1] >= column - 1:
                cost += _FULL_END
        return cost

    def boundary_cost(self, b: int, column: int | None) -> float:
        """boundary_cost of ending a cell between frags[b - 1] and frags[b]."""
        if self.cont[b - 1]:
            return _BAD_WRAP
        if column is not None and self.widths[b - 1] >= column - 1:
            return _FULL_END
        return 0.0


@lru_cache(maxsize=8192)
def _lead_width(text: str) -> int:
    return width(first_unit(text))


def dev_like(text: str) -> bool:
    """Text that reads like a deviation explanation (a clause with commas or cause words)."""
    return "，" in text or "。" in text or _DEVIATION.search(text) is not None


def target_like(text: str) -> bool:
    """Text with a number, an operator or a deadline word."""
    return bool(_TARGET_SIGNS.search(text))
