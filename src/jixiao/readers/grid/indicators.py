"""The 绩效指标 table: rows read by the columns its header names, merged levels followed (R1)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.form import Indicator, Total
from jixiao.readers.grid.draft import Draft, Row
from jixiao.readers.grid.pages import XRange, header_ranges, remap
from jixiao.readers.grid.sheet import Slot, value_text
from jixiao.readers.grid.table import Cell
from jixiao.readers.text.labels import TOTAL_LABELS, level_of, strip_weight

# Text columns follow a vertical merge into every row it spans (a 三级指标 printed once for three
# targets belongs to all three); numbers only count on the row where their cell starts.
_TEXT_ROLES = ("name", "target", "actual", "deviation", "nature", "unit")
_NUMBER_ROLES = ("weight", "score")


class IndicatorReader:
    """Reads indicator rows and the 总分 row under an indicator header row."""

    def __init__(self, columns: dict[str, int], draft: Draft) -> None:
        self.columns = columns
        self.draft = draft
        self.rows: list[Indicator] = []
        self.weights: dict[str, Decimal] = {}
        self.total: Total | None = None
        self._levels: dict[str, str | None] = {"level1": None, "level2": None}
        self._sheet: object = None  # the sheet of the last row read, to see a page break
        self._mapped: object = None  # the sheet ``columns`` belong to
        self._ranges: dict[str, XRange] = {}

    def header(self, columns: dict[str, int], row: Row) -> None:
        """A header row (repeated on the next page): its columns replace the previous ones."""
        self.columns = columns
        self._sheet = self._mapped = row[0]
        self._ranges = header_ranges(row, columns)

    def take(self, row: Row) -> None:
        """Read one row below the header: an indicator, the total, or nothing."""
        sheet, r = row
        if sheet is not self._mapped:
            # The next page without its own header: find the columns again by x-position.
            self.columns = remap(sheet, self._ranges, self.columns)
            self._mapped = sheet
        slots = sheet.slots(r)
        total = next((s for s in slots if s.key.rstrip(":") in TOTAL_LABELS), None)
        if total is not None:
            self._total(row, total)
            return
        own = [s for s in slots if s.top]
        if len(own) == 1 and len(slots) == 1 and self._section(own[0]):
            return
        index = len(self.rows)
        path = f"indicators[{index}]"
        values: dict[str, object] = {}
        cells = {role: sheet.at(r, col) for role, col in self.columns.items()}
        for role in _TEXT_ROLES:
            if role in cells:
                values[role] = self.draft.text(cells[role], f"{path}.{role}")
        numbers = {
            role: cells[role] if sheet.starts_here(r, self.columns[role]) else None
            for role in _NUMBER_ROLES
            if role in cells
        }
        if not any(values.values()) and not any(c and c.text.strip() for c in numbers.values()):
            return
        broken = sheet is not self._sheet and self.rows
        self._sheet = sheet
        if (
            broken
            and not values.get("actual")
            and not any(c and c.text.strip() for c in numbers.values())
        ):
            # The first row of a new page without its own actual, 分值 or 得分 is the rest of the
            # last row cut by the page break: its texts are joined onto that row.
            self._join(values)
            return
        for role in _NUMBER_ROLES:
            values[role] = self.draft.number(numbers.get(role), f"{path}.{role}")
        for level in ("level1", "level2"):
            values[level] = self._level(row, level, path)
        # The row is where its first own cell is, not a merged label reaching down from above.
        first = next((s for s in slots if s.top), slots[0] if slots else None)
        if first is not None:
            self.draft.sources[path] = first.cell.source
        shown = (values.get("actual"), *(c.text for c in numbers.values() if c))
        values["applicable"] = not any("不适用" in str(v or "") for v in shown)
        self.rows.append(Indicator(**values))

    def _section(self, slot: Slot) -> bool:
        """A row that is only a level label across the table ('产出指标(50分)') sets the level."""
        known = level_of(value_text(slot.cell.text) or "")
        if known is None:
            return False
        level = "level2" if known[0] == "level2" else "level1"
        name = strip_weight(slot.key)
        self._levels[level] = name
        if level == "level1":
            self._levels["level2"] = None
            self._weight(name, known[1], slot.cell)
        return True

    def _weight(self, name: str, weight: str | None, cell: Cell) -> None:
        """'产出指标(50分)': the first-level weight printed in its label (RULES Part M)."""
        if weight is not None and name not in self.weights:
            self.weights[name] = Decimal(weight)
            self.draft.sources[f"level1_weights.{name}"] = cell.source

    def _level(self, row: Row, level: str, path: str) -> str | None:
        """The level label covering this row; a blank one continues the row above (page break)."""
        sheet, r = row
        col = self.columns.get(level)
        cell = sheet.at(r, col) if col is not None else None
        text = value_text(cell.text) if cell is not None else None
        if text and cell is not None:
            known = level_of(text)
            if known is not None and level == "level1":
                self._weight(strip_weight(text), known[1], cell)
            text = strip_weight(text) if known is not None else text
            self._levels[level] = text
            self.draft.sources[f"{path}.{level}"] = cell.source
        return self._levels[level]

    def _total(self, row: Row, label: Slot) -> None:
        sheet, r = row
        cells = {
            role: sheet.at(r, self.columns[role]) for role in _NUMBER_ROLES if role in self.columns
        }
        if any(c is label.cell for c in cells.values()) or not cells:
            # '总分' merged across the weight column: the numbers are the cells after the label.
            after = [s.cell for s in sheet.slots(r) if s.col >= label.end]
            pair = after[-2:] if len(after) > 1 else [None, *after]
            cells = dict(zip(("weight", "score"), pair, strict=False))
        self.draft.sources["total"] = label.cell.source
        self.total = Total(
            weight=self.draft.number(cells.get("weight"), "total.weight"),
            score=self.draft.number(cells.get("score"), "total.score"),
        )

    def _join(self, values: dict[str, object]) -> None:
        last = self.rows[-1]
        update = {
            role: (getattr(last, role) or "") + str(text)
            for role, text in values.items()
            if role in _TEXT_ROLES and text
        }
        self.rows[-1] = last.model_copy(update=update)
