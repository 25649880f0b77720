"""What a form read collects besides its values: sources per model path and reader findings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.model.finding import Finding, Source
from jixiao.readers.base import reader_finding
from jixiao.readers.grid.sheet import Sheet, value_text
from jixiao.readers.grid.table import Cell
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import parse_cell_number

_SPACE = re.compile(r"\s+")

# A row of a form: the sheet it is on and its index there (a form may span two Tables).
Row = tuple[Sheet, int]


@dataclass
class Draft:
    """Sources by model path ('funds.total.rate') and reader findings, filled while reading."""

    sources: dict[str, Source] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def text(self, cell: Cell | None, path: str) -> str | None:
        """The cell's value text (wrapped lines joined), noting where it came from."""
        value = value_text(cell.text) if cell is not None else None
        if value is not None and cell is not None:
            self.sources[path] = cell.source
        return value

    def number(self, cell: Cell | None, path: str) -> Decimal | None:
        """The cell's number exactly as shown; an unreadable one is None with a finding (R1)."""
        if cell is None or not cell.text.strip():
            return None
        self.sources[path] = cell.source
        # A number never contains a space, so wrapped digits are joined without one.
        shown = _SPACE.sub("", cell.text)
        try:
            return parse_cell_number(shown)
        except ValueParseError:
            self.findings.append(
                reader_finding(
                    "READ.not-a-number",
                    f"{cell.source.describe()}的“{shown}”不是数值，{path} 留空（R1）",
                    path=path,
                    source=cell.source,
                )
            )
            return None
