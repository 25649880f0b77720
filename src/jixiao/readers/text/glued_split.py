"""One glued run of text split into indicator rows, by what each column can hold (R1).

A row is a name, then its cells in the table's order: 年度指标值 and 实际完成值 that repeat the
same text (tier 2) or the same unit (tier 1), a 分值 that is a small positive number, and a 得分
no larger than it. A run may hold several rows; every reading is enumerated and the one with the
highest total tier is taken only if it is the only one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

_WEIGHT = re.compile(r"(?:100|[1-9]\d?)(?:\.\d{1,2})?|0\.\d{1,2}")
_QUANTITY = re.compile(
    r"(?P<op>[≥≤≧≦<>=＝]|不低于|不少于|不高于|不超过|小于|大于|低于|高于)?"
    r"(?P<num>(?:0|[1-9]\d*)(?:\.\d+)?)(?P<unit>[^\d.]{0,6})"
)
# A name does not end in a number, an operator or a percent sign: those start the next cell.
_NAME = re.compile(r".*[^\d.%≥≤≧≦<>=＝]")
_MAX_PARSES = 64
_MAX_CELL = 40  # characters a target or actual cell may hold
_MAX_NAME = 60
_MAX_CELLS_TEXT = 2 * _MAX_CELL + 12  # target, actual, weight and score
# Rows one after another with no label between; beyond this a run is not split (bounded time).
_MAX_RUN = 600
SCORE = re.compile(r"(?:100|[1-9]?\d)(?:\.\d{1,2})?")
_FULL_MARKS = "100"


def split_run(run: str, order: tuple[str, ...]) -> list[dict[str, str]] | None:
    """The one best reading of a run as one or more rows, or None when there is none or several.

    Each row reading has a tier: 2 when target and actual are the same text, 1 when they are the
    same kind of quantity; the reading with the highest total tier wins if it is the only one.
    """
    if len(run) > _MAX_RUN:
        return None  # more rows than a glued run holds without a label between: not split
    parses = _parses(run, order, 0)
    if not parses:
        return None
    best = max(tier for tier, _ in parses)
    top = {rows for tier, rows in parses if tier == best}
    if len(top) != 1:
        return None
    return [dict(cells) for cells in next(iter(top))]


_Row = tuple[tuple[str, str], ...]
_Cells = tuple[tuple[str, str], ...]


@lru_cache(maxsize=4096)
def _parses(run: str, order: tuple[str, ...], pos: int) -> tuple[tuple[int, tuple[_Row, ...]], ...]:
    """Every reading of run[pos:] as rows: (total tier, rows)."""
    out: list[tuple[int, tuple[_Row, ...]]] = []
    for end, tier, row in _rows_at(run, order, pos):
        if end == len(run):
            out.append((tier, (row,)))
            continue
        for rest_tier, rest in _parses(run, order, end):
            out.append((tier + rest_tier, (row, *rest)))
            if len(out) > _MAX_PARSES:
                return ()
    return tuple(out)


def _rows_at(run: str, order: tuple[str, ...], pos: int) -> list[tuple[int, int, _Row]]:
    """Every (end, tier, row) reading of one row starting at ``pos``; a row ends where the next
    row's name starts (not a digit) or at the end of the run."""
    if pos >= len(run) or (pos and run[pos].isdigit()):
        return []  # after a row, a digit continues its score; a run may start '1年1年1年10'
    last = min(len(run), pos + _MAX_NAME + _MAX_CELLS_TEXT)
    ends = [e for e in range(pos + 1, last + 1) if e == len(run) or not run[e].isdigit()]
    out: list[tuple[int, int, _Row]] = []
    for end in ends:
        if not run[end - 1].isdigit():
            continue
        first = max(pos + 1, end - _MAX_CELLS_TEXT)
        for name_end in range(first, min(end, pos + _MAX_NAME + 1)):
            if not _NAME.fullmatch(run[pos:name_end]):
                continue
            for tier, cells in _cells(run[name_end:end], order):
                out.append((end, tier, (("name", run[pos:name_end]), *cells)))
    return out


@lru_cache(maxsize=8192)  # the same cell text comes back for every name start before it
def _cells(text: str, order: tuple[str, ...]) -> tuple[tuple[int, _Cells], ...]:
    """Readings of the cells after the name, in ``order``."""
    out: list[tuple[int, _Cells]] = []
    for values, weight, score in _numeric_cells(text, order):
        if not SCORE.fullmatch(score) or Decimal(score) > Decimal(weight or _FULL_MARKS):
            continue
        for tier, target, actual in _pair_values(values):
            cells = (("target", target), ("actual", actual), ("weight", weight), ("score", score))
            out.append((tier, tuple((k, v) for k, v in cells if v)))
    return tuple(out)


def _numeric_cells(text: str, order: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(target+actual text, weight, score) for each place the weight and the score may sit."""
    out: list[tuple[str, str, str]] = []
    for score_at in _score_starts(text):
        if "weight" not in order:
            out.append((text[:score_at], "", text[score_at:]))
            continue
        if order[0] == "weight":
            weights = [(0, w) for w in _numbers_at(text, 0, _WEIGHT) if len(w) < score_at]
        else:
            starts = range(score_at - 1, max(score_at - 6, 0), -1)
            weights = [(at, text[at:score_at]) for at in starts]
        for at, weight in weights:
            if not _WEIGHT.fullmatch(weight):
                continue
            values = text[len(weight) : score_at] if order[0] == "weight" else text[:at]
            out.append((values, weight, text[score_at:]))
    return out


def _numbers_at(text: str, pos: int, pattern: re.Pattern[str]) -> list[str]:
    ends = range(pos + 1, min(len(text), pos + 6) + 1)
    return [text[pos:e] for e in ends if pattern.fullmatch(text[pos:e])]


def _score_starts(text: str) -> list[int]:
    """Where the final score may start: inside the trailing run of digits and dots."""
    start = len(text)
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
        start -= 1
    return [s for s in range(start, len(text)) if text[s] != "."]


def _pair_values(text: str) -> list[tuple[int, str, str]]:
    """Splits of 'target+actual' whose halves are the same text (tier 2) or the same unit (1)."""
    out: list[tuple[int, str, str]] = []
    for cut in range(1, len(text)):
        target, actual = text[:cut], text[cut:]
        if len(target) > _MAX_CELL or len(actual) > _MAX_CELL:
            continue
        if target == actual:
            out.append((2, target, actual))
            continue
        t, a = _QUANTITY.fullmatch(target), _QUANTITY.fullmatch(actual)
        same_unit = t and a and t.group("unit") == a.group("unit")
        # Bare numbers ('10' then '0') are not evidence: a unit or a sign must repeat.
        if same_unit and t and (t.group("unit") or t.group("op")):
            out.append((1, target, actual))
    return out
