"""A table continued on the next PDF page: its columns found again by x-position, not by number.

A page may draw the same table with a different column count (STACK.md: 10, then 9), so a column
of the header row is matched to the next page's column whose cells sit at the same x-position.
PDF cells carry their box as Source.cell 'x0,top,x1,bottom'.
"""

from __future__ import annotations

import re

from jixiao.readers.grid.draft import Row
from jixiao.readers.grid.sheet import Sheet
from jixiao.readers.grid.table import Cell

_BOX = re.compile(r"^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$")

XRange = tuple[float, float]


def x_range(cell: Cell) -> XRange | None:
    """The cell's horizontal extent on the page, when the reader recorded a box."""
    match = _BOX.match(cell.source.cell or "")
    if match is None:
        return None
    return float(match.group(1)), float(match.group(3))


def header_ranges(row: Row, columns: dict[str, int]) -> dict[str, XRange]:
    """Each role's x-range from the header row's cells."""
    sheet, r = row
    out: dict[str, XRange] = {}
    for role, col in columns.items():
        cell = sheet.at(r, col)
        box = x_range(cell) if cell is not None else None
        if box is not None:
            out[role] = box
    return out


def remap(sheet: Sheet, ranges: dict[str, XRange], columns: dict[str, int]) -> dict[str, int]:
    """The roles' columns on a continuation sheet: the column of a one-column cell centred inside
    the role's header range; a role not found keeps its column number."""
    centres: dict[int, float] = {}
    for cells in sheet.table.rows:  # blank cells too: a column may be blank on this page
        for col, cell in enumerate(cells):
            box = x_range(cell) if cell is not None and cell.colspan == 1 else None
            if box is not None and col not in centres:
                centres[col] = (box[0] + box[1]) / 2
    out = dict(columns)
    for role, (x0, x1) in ranges.items():
        inside = [col for col, mid in sorted(centres.items()) if x0 <= mid <= x1]
        if inside:
            out[role] = inside[0]
    return out
