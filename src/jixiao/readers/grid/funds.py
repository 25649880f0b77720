"""The funds block: rows by their labels, amounts by their column headers (R2)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.model.form import Funds, FundsRow
from jixiao.readers.grid.draft import Draft, Row
from jixiao.readers.grid.header import header_label
from jixiao.readers.grid.sheet import Slot, label_key, value_text
from jixiao.readers.text.labels import FUNDS_ROWS
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import parse_cell_number

_BLOCK_LABEL = re.compile(r"^(?:项目资金|资金情况|预算执行情况)")
# '项目资金（元）' or '单位：元' print amounts in 元, kept as printed (issue 3: no conversion).
_YUAN = re.compile(r"(?:[(]元[)]|单位:元|金额单位:元|\(单位:元\))")
_SPACE = re.compile(r"\s+")
_UNIT_ABOVE = 4
_SUM_LABELS = frozenset({"合计", "总计"})
_NUMBER_ROLES = ("initial", "adjusted", "executed", "weight", "rate", "score")
_DEFAULT_LABELS = {
    "total": "年度资金总额",
    "appropriation": "其中:当年财政拨款",
    "carryover": "上年结转资金",
    "other": "其他资金",
}


class FundsReader:
    """Collects funds rows after a funds header row; ``take`` says whether a row belonged."""

    def __init__(self, header: Row, columns: dict[str, int], draft: Draft) -> None:
        self.columns = columns
        self.first = min(columns.values())
        self.draft = draft
        self.rows: dict[str, FundsRow] = {}
        self.extra: list[FundsRow] = []
        self.unit = "万元"
        yuan = _yuan_cell(header, self.first)
        if yuan is not None:
            self.unit = "元"
            draft.sources["funds.unit"] = yuan.cell.source

    def take(self, row: Row) -> bool:
        """Read the row as a funds row; False when it is not one (the block has ended)."""
        sheet, r = row
        label_slot = _label(sheet.slots(r), self.first)
        if label_slot is None or any(header_label(s.key) for s in sheet.slots(r)):
            return False  # a 项目负责人/联系电话 row below the block is no funds row
        label = value_text(label_slot.cell.text) or ""
        key = label_key(label)
        kind = next((k for p, k in FUNDS_ROWS if p.match(key)), None)
        if kind is None and key.rstrip(":") in _SUM_LABELS and "total" not in self.rows:
            kind = "total"  # some funds blocks print 合计 for 年度资金总额
        if kind is None and not self._has_number(row):
            return False
        if kind in (None, "extra"):
            path = f"funds.extra_rows[{len(self.extra)}]"
            self.extra.append(self._row(row, label, path, label_slot))
        elif kind not in self.rows:
            self.rows[kind] = self._row(row, label, f"funds.{kind}", label_slot)
        return True

    def funds(self) -> Funds:
        return Funds(unit=self.unit, **self.rows, extra_rows=tuple(self.extra))

    def _has_number(self, row: Row) -> bool:
        """Whether an unknown row prints an amount (an extra funds row) rather than some text."""
        sheet, r = row
        for role, col in self.columns.items():
            cell = sheet.at(r, col) if sheet.starts_here(r, col) else None
            amount = role in ("initial", "adjusted", "executed")
            if amount and cell is not None and _is_number(cell.text):
                return True
        return False

    def _row(self, row: Row, label: str, path: str, label_slot: Slot) -> FundsRow:
        sheet, r = row
        self.draft.sources[path] = label_slot.cell.source
        values: dict[str, Decimal | str | None] = {}
        for role, col in self.columns.items():
            # A cell merged down from the row above (a shared 分值) belongs to that row only.
            cell = sheet.at(r, col) if sheet.starts_here(r, col) else None
            if role in _NUMBER_ROLES:
                values[role] = self.draft.number(cell, f"{path}.{role}")
            else:
                values[role] = self.draft.text(cell, f"{path}.{role}")
        return FundsRow(label=label or _DEFAULT_LABELS.get(path, label), **values)


def _yuan_cell(header: Row, first: int) -> Slot | None:
    """The cell that says amounts are in 元: over the header row, or the block label beside it."""
    sheet, r = header
    above = range(max(0, r - _UNIT_ABOVE), r + 1)  # '单位：元' printed over the table
    beside = range(r, min(sheet.height, r + 6))
    for rr in above:
        for slot in sheet.slots(rr):
            if _YUAN.search(slot.key):
                return slot
    for rr in beside:
        for slot in sheet.slots(rr):
            if slot.col < first and _YUAN.search(slot.key):
                return slot
    return None


def _is_number(text: str) -> bool:
    try:
        return parse_cell_number(_SPACE.sub("", text)) is not None
    except ValueParseError:
        return False


def _label(slots: list[Slot], first: int) -> Slot | None:
    """The row's label: the rightmost cell left of the amounts that is not the block's own label."""
    left = [s for s in slots if s.col < first and not _BLOCK_LABEL.match(s.key)]
    return left[-1] if left else None
