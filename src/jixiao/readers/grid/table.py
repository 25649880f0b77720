"""A table as every structured format gives it: rows of cells with merges and where each came from.

Excel sheets, Word tables, HTML tables and PDF tables (pdfplumber) are all turned into ``Table``;
``jixiao.readers.grid.read_tables`` then finds the forms in them. A merged range appears once, in
its top-left position, with its spans; the positions it covers hold ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.model.finding import Finding, Severity, Source
from jixiao.readers.base import reader_finding

# A sheet or table the format reader could not read: skipped, and said so beside the good ones.
BROKEN_TABLE_CODE = "READ.broken-table"


@dataclass(frozen=True, slots=True)
class Cell:
    """One (possibly merged) cell: its shown text and where it is in the input.

    ``text`` is what the reader of the document sees: Excel's displayed value ('53.02%' for a
    stored 0.5302 with a percent format, '4,100.00' with a thousands format), a Word/HTML cell's
    paragraphs joined with '\\n', a PDF cell's lines joined with '\\n' (the grid reader joins
    wrapped lines by the CJK rule: no space, except between two ASCII letters or digits).
    ``raw`` keeps the stored value when it differs from the shown text (Excel: 0.5302).
    """

    text: str
    source: Source
    rowspan: int = 1
    colspan: int = 1
    raw: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A rectangular grid: ``rows[r][c]`` is the Cell starting there, or None (empty or covered).

    ``label`` names the table for messages ('Sheet1', '第12–14页', '表格2'); ``pages`` lists the
    1-based PDF pages it spans (empty for other formats); ``findings`` are what the format reader
    could not read in it (a damaged sheet is a Table with no rows and one finding).
    """

    rows: tuple[tuple[Cell | None, ...], ...]
    label: str = ""
    pages: tuple[int, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def text(self, r: int, c: int) -> str:
        """The text shown at (r, c), following merges: a covered position shows its merged cell."""
        for rr in range(r, -1, -1):
            row = self.rows[rr]
            for cc in range(min(c, len(row) - 1), -1, -1):
                cell = row[cc]
                if cell is not None and rr + cell.rowspan > r and cc + cell.colspan > c:
                    return cell.text
        return ""


def broken_table(label: str, message: str, source: Source) -> Table:
    """A table that could not be read: no rows, and a warning that says where and why.

    ``message`` is the Chinese reason without the rule; the grid reader puts the finding beside
    the forms read from the other tables, or into its refusal when there are none.
    """
    finding = reader_finding(
        BROKEN_TABLE_CODE,
        f"{message}，已跳过，请核对原文件（R1）",
        severity=Severity.WARNING,
        source=source,
    )
    return Table(rows=(), label=label, findings=(finding,))
