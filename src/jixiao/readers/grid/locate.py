"""Where the forms are: each starts at a title or 项目名称 row and may run into the next table."""

from __future__ import annotations

from jixiao.readers.grid.columns import indicator_columns
from jixiao.readers.grid.draft import Row
from jixiao.readers.grid.header import is_title
from jixiao.readers.grid.sheet import Sheet
from jixiao.readers.text.labels import LEVEL1, LEVEL2, TOTAL_LABELS, strip_weight

_NAME = "项目名称"
_TABLE_WORDS = LEVEL1 | LEVEL2


def find_forms(sheets: list[Sheet]) -> list[list[Row]]:
    """The rows of each form, in order; rows of a table that hold no form are left out."""
    regions: list[list[Row]] = []
    current: list[Row] | None = None
    for sheet in sheets:
        starts = form_starts(sheet)
        lead = range(starts[0] if starts else sheet.height)
        if current is not None and _continues(current, sheet, lead):
            current.extend((sheet, r) for r in lead)
        elif not starts:
            current = None  # another table came between: the open form ended before it
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else sheet.height
            current = [(sheet, r) for r in range(start, end)]
            regions.append(current)
    return regions


def form_starts(sheet: Sheet) -> list[int]:
    """Rows where a form starts: a title row, or a 项目名称 row not under a title waiting for it."""
    starts: list[int] = []
    waiting = False  # a title started the current form and its 项目名称 has not come yet
    for r in range(sheet.height):
        slots = [s for s in sheet.slots(r) if s.top]
        named = any(s.key.startswith(_NAME) for s in slots)
        if any(is_title(s) for s in slots):
            starts.append(r)
            waiting = not named
        elif named:
            if not waiting:
                starts.append(r)
            waiting = False
    return starts


def _continues(region: list[Row], sheet: Sheet, lead: range) -> bool:
    """Whether the rows before this table's first form carry on the open form (its next page)."""
    if not lead or _has_total(region):
        return False
    last = region[-1][0].table.pages
    pages = sheet.table.pages
    if last and pages:
        if not 0 <= pages[0] - last[-1] <= 1:
            return False
        if _has_indicator_header(region):
            return True  # the next page of the indicator table, its level cells carried over
    for r in lead:
        slots = sheet.slots(r)
        if indicator_columns(slots) is not None:
            return True
        if any(strip_weight(s.key) in _TABLE_WORDS or s.key in TOTAL_LABELS for s in slots):
            return True
    return False


def _has_total(region: list[Row]) -> bool:
    return any(s.key.rstrip(":") in TOTAL_LABELS for sheet, r in region for s in sheet.slots(r))


def _has_indicator_header(region: list[Row]) -> bool:
    return any(indicator_columns(sheet.slots(r)) is not None for sheet, r in region)
