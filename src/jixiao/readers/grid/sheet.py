"""A Table with a precomputed covering map, seen row by row as distinct (possibly merged) cells."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.readers.grid.table import Cell, Table

_SPACE = re.compile(r"\s+")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_WIDE = str.maketrans({"（": "(", "）": ")", "：": ":"})
# Some PDF fonts map ideographs to CJK Radicals Supplement code points that NFKC leaves alone
# (主管部⻔); the page shows the ideograph, so the reader folds them back.
_RADICALS = str.maketrans(
    dict(
        zip(
            "⻔⻓⻅⻆⻋⻉⻚⻛⻜⻢⻥⻦⻩⻬⻮⻰⻘⻄⻧⻨⻙⻤",
            "门长见角车贝页风飞马鱼鸟黄齐齿龙青西卤麦韦鬼",
            strict=True,
        )
    )
)


@dataclass(frozen=True, slots=True)
class Slot:
    """A distinct cell as a row sees it: first and past-last columns, whether it starts here."""

    col: int
    end: int
    cell: Cell
    top: bool
    key: str  # label_key of the text, computed once: every section test compares it


class Sheet:
    """The covering map of one Table: ``at(r, c)`` is the Cell shown there (merges followed)."""

    def __init__(self, table: Table, index: int) -> None:
        self.table = table
        self.index = index
        height, width = table.height, table.width
        self._owner: list[list[tuple[int, int, Cell] | None]] = [
            [None] * width for _ in range(height)
        ]
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                self._cover(r, c, cell)
        self._slots = [self._row_slots(r) for r in range(height)]

    def _cover(self, r: int, c: int, cell: Cell) -> None:
        """Mark the positions a cell covers; a merge overlapping an earlier one stops there.

        Valid merges never overlap; stopping keeps a crafted file's overlapping merges from
        costing a table's area per cell (bounded time, issue 3).
        """
        owner = (r, c, cell)
        rows = self._owner
        for rr in range(r, min(len(rows), r + max(cell.rowspan, 1))):
            row = rows[rr]
            for cc in range(c, min(len(row), c + max(cell.colspan, 1))):
                if row[cc] is not None and (rr, cc) != (r, c):
                    return
                row[cc] = owner

    @property
    def height(self) -> int:
        return self.table.height

    def at(self, r: int, c: int) -> Cell | None:
        if 0 <= r < self.height and 0 <= c < len(self._owner[r]):
            owner = self._owner[r][c]
            return owner[2] if owner else None
        return None

    def starts_here(self, r: int, c: int) -> bool:
        owner = self._owner[r][c] if 0 <= c < len(self._owner[r]) else None
        return owner is not None and owner[0] == r

    def slots(self, r: int) -> list[Slot]:
        """The distinct non-blank cells of row r, left to right."""
        return self._slots[r]

    def _row_slots(self, r: int) -> list[Slot]:
        out: list[Slot] = []
        seen: set[int] = set()
        for c, owner in enumerate(self._owner[r]):
            if owner is None or id(owner[2]) in seen:
                continue
            seen.add(id(owner[2]))
            cell = owner[2]
            if cell.text.strip():
                end = owner[1] + max(cell.colspan, 1)
                out.append(Slot(c, end, cell, owner[0] == r, label_key(cell.text)))
        return out


def label_key(text: str) -> str:
    """A label as compared: no whitespace (labels wrap anywhere), ASCII parentheses and colon."""
    return _SPACE.sub("", text).translate(_WIDE).translate(_RADICALS)


def value_text(text: str | None) -> str | None:
    """A cell's value with wrapped lines joined by the CJK rule; blank gives None.

    Lines join with no space, except between two ASCII letters or digits (Table contract).
    """
    if text is None:
        return None
    out = ""
    for line in (part.strip() for part in text.translate(_RADICALS).split("\n")):
        if not line:
            continue
        if out and _ASCII_ALNUM.match(out[-1]) and _ASCII_ALNUM.match(line[0]):
            out += " "
        out += line
    return out or None
