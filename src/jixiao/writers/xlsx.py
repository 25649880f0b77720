"""The form as an .xlsx workbook in the official layout: values as values, printed as published.

Numbers are stored as numbers with the format the form prints them in (万元 with their decimals,
执行率 as a percentage), so a re-read gets the same digits back. Text is always stored as text,
so a cell starting with = + - @ is never run as a formula. Findings, when given, colour their cells
and add a comment; an appendix sheet lists them all.
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Sequence
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.writers.cells import Kind, Placed, decimals, place
from jixiao.writers.document import Page
from jixiao.writers.layouts import Printed
from jixiao.writers.notes import Note

FONT = "宋体"  # fontconfig maps it to Noto Serif CJK SC where SimSun is absent (fonts.conf)
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONTS = {
    Kind.TITLE: Font(name=FONT, size=16, bold=True),
    Kind.SUBTITLE: Font(name=FONT, size=11),
    Kind.LABEL: Font(name=FONT, size=10.5, bold=True),
    Kind.REVIEW: Font(name=FONT, size=9, color="9C0006"),
}
_BODY = Font(name=FONT, size=10.5)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)
_TOP_CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
_ALIGN = {
    Kind.TEXT: _LEFT,
    Kind.NOTE: _LEFT,
    Kind.REVIEW: _LEFT,
    Kind.MONEY: _RIGHT,
    Kind.NUMBER: _CENTER,
    Kind.PERCENT: _CENTER,
}
FILLS = {
    "error": PatternFill("solid", fgColor="FFC7CE"),
    "warning": PatternFill("solid", fgColor="FFEB9C"),
    "info": PatternFill("solid", fgColor="DDEBF7"),
}
_LINE_HEIGHT = 14.5  # points per line of 10.5 pt CJK text with its leading
_MIN_HEIGHT = 20.0
# Excel's largest row height (points); a taller value makes Excel repair the file. Longer text
# still reads back whole, but the printed cell shows only what fits.
MAX_ROW_HEIGHT = 409.0
_TOP = 1  # 1-based row of the title


def xlsx_bytes(pages: Sequence[Page]) -> bytes:
    """The workbook as bytes, for an atomic write or a web response."""
    buffer = io.BytesIO()
    workbook(pages).save(buffer)
    return buffer.getvalue()


def workbook(pages: Sequence[Page]) -> Workbook:
    """One sheet per form (自评表, 自评表2 …); an annotated form is followed by its 审核意见."""
    wb = Workbook()
    first_sheet = wb.active
    assert first_sheet is not None  # a new Workbook always has its first sheet
    for n, page in enumerate(pages, start=1):
        ws = first_sheet if n == 1 else wb.create_sheet()
        ws.title = "自评表" if n == 1 else f"自评表{n}"
        top = write_form(ws, page.printed)
        if page.notes:
            _comments(ws, page.printed, top, page.notes)
            appendix_sheet(wb, page.notes, "审核意见" if n == 1 else f"审核意见{n}")
    return wb


def write_form(ws: Worksheet, printed: Printed) -> int:
    """Title, table, widths, heights and print set-up; returns the table's first row (1-based)."""
    columns = len(printed.widths)
    row = _TOP
    for line, kind in ((printed.title, Kind.TITLE), (printed.subtitle, Kind.SUBTITLE)):
        if line:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
            cell = ws.cell(row=row, column=1, value=line)
            cell.font, cell.alignment = _FONTS[kind], _CENTER
            ws.row_dimensions[row].height = 30 if kind is Kind.TITLE else 20
            row += 1
    placed = place(printed.grid)
    for p in placed:
        _write(ws, p, row)
    for i, w in enumerate(printed.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    _heights(ws, placed, printed.widths, row, len(printed.rows))
    _print_setup(ws, printed, row)
    return row


def _write(ws: Worksheet, p: Placed, top: int) -> None:
    box = p.box
    r, c = top + p.row, 1 + p.col
    cell = ws.cell(row=r, column=c)
    if box.number is not None and box.kind in (Kind.MONEY, Kind.NUMBER, Kind.PERCENT):
        places = decimals(box.number)
        pattern = "0" + ("." + "0" * places if places else "")
        if box.kind is Kind.PERCENT:
            cell.value, cell.number_format = box.number / 100, pattern + "%"
        else:
            grouped = "#,##" if box.kind is Kind.MONEY else ""
            cell.value, cell.number_format = box.number, grouped + pattern
    elif box.text:
        cell.value = box.text
        # Text is text: '=SUM(…)' or '+86…' typed by a unit must never run as a formula.
        cell.data_type = "s"
    quoted = bool(box.text) and box.number is None and box.text[0] in "=+-@"
    # A merged level cell ('产出指标' over eight rows) may cross a page break; printed at its top,
    # the label stays with its first row instead of falling between pages.
    merged_down = box.kind is Kind.TEXT and box.rowspan > 1
    _style(ws, cell, (box.kind, box.severity, cell.number_format, quoted, merged_down))
    if box.rowspan > 1 or box.colspan > 1:
        _merge(ws, r, c, r + box.rowspan - 1, c + box.colspan - 1)


def _merge(ws: Worksheet, r0: int, c0: int, r1: int, c1: int) -> None:
    """Merge a range whose covered cells all carry the border (Excel draws each cell's own).

    ``ws.merge_cells`` rebuilds a Border per edge cell, most of the writing time; the covered
    cells are made here with the shared border style instead.
    """
    merged = MergedCellRange(ws, f"{get_column_letter(c0)}{r0}:{get_column_letter(c1)}{r1}")
    ws.merged_cells.add(merged)
    for row in range(r0, r1 + 1):
        for col in range(c0, c1 + 1):
            if (row, col) != (r0, c0):
                cell = MergedCell(ws, row=row, column=col)
                ws._cells[(row, col)] = cell
                _style(ws, cell, ("border",))


def _style(ws: Worksheet, cell: Any, key: tuple[object, ...]) -> None:
    """Font, alignment, fill and border, copied from the first cell styled alike.

    openpyxl hashes every style object on each assignment, which took most of the writing
    time; a cell's style array holds indices into the workbook's style lists and can be shared.
    """
    cache: dict[tuple[object, ...], Any] = ws.parent.__dict__.setdefault("_jixiao_styles", {})
    if key in cache:
        cell._style = copy(cache[key])
        return
    if key != ("border",):
        kind, severity = key[0], key[1]
        assert isinstance(kind, Kind)
        cell.font = _FONTS.get(kind, _BODY)
        cell.alignment = _TOP_CENTER if key[4] else _ALIGN.get(kind, _CENTER)
        if isinstance(severity, str) and severity in FILLS:
            cell.fill = FILLS[severity]
        # Excel keeps a quote-prefixed cell text when it is edited, so '=…' never turns live.
        cell.quotePrefix = bool(key[3])
    cell.border = _BORDER
    cache[key] = copy(cell._style)


def text_width(text: str) -> float:
    """Width in Excel character units: a CJK character takes two, ASCII a little over one."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def lines_needed(text: str, width: float) -> int:
    """Lines a wrapped cell needs at this column width (Excel does not fit rows to CJK text)."""
    room = max(width - 1.5, 2.0)
    return sum(max(1, math.ceil(text_width(part) / room)) for part in text.split("\n"))


def _heights(
    ws: Worksheet, placed: list[Placed], widths: Sequence[float], top: int, count: int
) -> None:
    need = [_MIN_HEIGHT] * count
    for p in placed:
        if not p.box.text:
            continue
        span = sum(widths[p.col : p.col + p.box.colspan])
        height = lines_needed(p.box.text, span) * _LINE_HEIGHT + 6
        share = height / p.box.rowspan  # a tall merged label shares its height with its rows
        for r in range(p.row, p.row + p.box.rowspan):
            need[r] = max(need[r], share)
    for r, h in enumerate(need):
        ws.row_dimensions[top + r].height = round(min(h, MAX_ROW_HEIGHT), 1)


def _print_setup(ws: Worksheet, printed: Printed, top: int) -> None:
    """A4, fitted to the page width, the indicator header repeated on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    keys = [key for key, _ in printed.rows]
    if "indicators" in keys:
        header = top + keys.index("indicators")
        ws.print_title_rows = f"{header}:{header}"


def _comments(ws: Worksheet, printed: Printed, top: int, notes: Sequence[Note]) -> None:
    by_number = {n.number: n for n in notes}
    for p in place(printed.grid):
        if not p.box.marks:
            continue
        body = "\n".join(by_number[m].line() for m in p.box.marks if m in by_number)
        comment = Comment(body, "jixiao 审核")
        comment.width, comment.height = 320, 40 + 18 * len(p.box.marks) * 2
        ws.cell(row=top + p.row, column=1 + p.col).comment = comment


def appendix_sheet(wb: Workbook, notes: Sequence[Note], title: str) -> None:
    """审核意见: every finding with its number, severity, place, rule and message."""
    ws = wb.create_sheet(title)
    head = ("序号", "严重程度", "位置", "规则", "代码", "说明")
    widths = (6, 9, 22, 8, 26, 70)
    for c, (title, w) in enumerate(zip(head, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=c, value=title)
        cell.font, cell.alignment, cell.border = _FONTS[Kind.LABEL], _CENTER, _BORDER
        ws.column_dimensions[get_column_letter(c)].width = w
    for r, note in enumerate(notes, start=2):
        values = (note.number, note.label, note.where, note.rule, note.code, note.message)
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            cell.font, cell.border = _BODY, _BORDER
            cell.alignment = _LEFT if c >= 3 else _CENTER
        cell = ws.cell(row=r, column=2)
        cell.fill = FILLS.get(note.severity, PatternFill())
        ws.row_dimensions[r].height = lines_needed(note.message, widths[-1]) * _LINE_HEIGHT + 6
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
