"""Excel workbooks (.xlsx and .xls) to Tables: every sheet, merges, and each cell's shown text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jixiao.model.finding import Source
from jixiao.readers.base import ReadForm, UnreadableInput
from jixiao.readers.grid.table import Cell, Table, broken_table
from jixiao.readers.html import read_html
from jixiao.readers.limits import DEFAULT_LIMITS, Limits, check_file_size, check_zip
from jixiao.readers.numfmt import format_number, general_text
from jixiao.readers.sniff import Kind, sniff_path
from jixiao.readers.xls_styles import xls_sheet_formats
from jixiao.readers.xlsx_styles import SheetFormats, column_letters, sheet_styles

_PASSWORD = "工作簿有密码保护，无法读取；请去掉密码后另存再提交"
Merge = tuple[tuple[int, int], tuple[int, int]]


def read_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """One Table per non-empty sheet of an .xlsx or .xls workbook (chosen by content).

    Many systems export an HTML table under an .xls name; such a file is read as the web page.
    """
    import python_calamine

    check_file_size(path, limits)
    kind = sniff_path(path)
    if kind is Kind.HTML:
        return read_html(path, limits)
    if kind is Kind.ENCRYPTED_OFFICE:
        raise UnreadableInput(_PASSWORD)
    if kind not in (Kind.XLSX, Kind.XLS):
        raise UnreadableInput("不是 Excel 工作簿（文件内容与扩展名不符或已损坏）")
    if kind is Kind.XLSX:
        check_zip(path, limits)
        styles = sheet_styles(path)
    else:
        styles = {name: (codes, {}) for name, codes in xls_sheet_formats(path).items()}
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged or locked files
        raise UnreadableInput(_calamine_message(exc)) from exc
    try:
        return _read_sheets(workbook, styles, limits)
    finally:
        workbook.close()


def load_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[ReadForm]:
    """Every form in a workbook, found by the grid reader in its sheets."""
    from jixiao.readers.grid import forms_in

    return forms_in(read_xlsx(path, limits), "工作簿中")


def _calamine_message(exc: Exception) -> str:
    text = f"{type(exc).__name__} {exc}".lower()
    if "password" in text or "encrypt" in text or "protect" in text:
        return _PASSWORD
    return f"Excel 文件已损坏，无法读取（{type(exc).__name__}）"


def _read_sheets(
    workbook: Any, styles: dict[str, tuple[SheetFormats, SheetFormats]], limits: Limits
) -> list[Table]:
    names = list(workbook.sheet_names)
    if not names:  # every workbook Excel saves has at least one sheet
        raise UnreadableInput("Excel 文件已损坏，无法读取（没有工作表）")
    if len(names) > limits.max_sheets:
        raise UnreadableInput(f"工作表过多（{len(names)} 个，上限 {limits.max_sheets} 个）")
    tables: list[Table] = []
    for name in _worksheets(workbook, names):
        try:
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python()
        except Exception as exc:  # a damaged or missing part: say so, keep the other sheets
            if "password" in str(exc).lower():
                raise UnreadableInput(_PASSWORD) from exc
            reason = f"工作表“{name}”已损坏，无法读取"
            tables.append(broken_table(name, reason, Source(cell=name)))
            continue
        formats, formulas = styles.get(name, ({}, {}))
        merges = sheet.merged_cell_ranges or []
        table = sheet_table(name, rows, sheet.start, merges, formats, limits, formulas)
        if table is not None:
            tables.append(table)
    return tables


def _worksheets(workbook: Any, names: list[str]) -> list[str]:
    """The sheets that hold cells: chart, dialog and macro sheets have none to read."""
    import python_calamine

    kinds = {meta.name: meta.typ for meta in workbook.sheets_metadata}
    cells = python_calamine.SheetTypeEnum.WorkSheet
    return [name for name in names if kinds.get(name, cells) == cells]


def sheet_table(
    name: str,
    rows: Sequence[Sequence[Any]],
    start: tuple[int, int] | None,
    merges: Sequence[Merge],
    formats: SheetFormats,
    limits: Limits = DEFAULT_LIMITS,
    formulas: SheetFormats | None = None,
) -> Table | None:
    """A sheet's values as a Table, or None for an empty sheet.

    ``rows`` begin at ``start`` (calamine's used range; STACK.md: add ``sheet.start``), while
    ``merges``, ``formats`` and ``formulas`` (uncached formula text, shown in place of the empty
    value) use absolute 0-based positions.
    """
    top, left = start or (0, 0)
    formulas = formulas or {}
    if formulas:
        rows = _with_formulas(rows, top, left, formulas)
    width = max((len(r) for r in rows), default=0)
    if width == 0 or not any(_present(v) for row in rows for v in row):
        return None
    # Forms are small: a sheet larger than the cell limit is cut, not refused, so a form at its
    # top still reads (limits.py).
    rows = rows[: min(limits.max_rows, max(1, limits.max_cells // width))]
    spans, covered = _spans(merges, top, left)
    grid: list[tuple[Cell | None, ...]] = []
    for r, row in enumerate(rows):
        out: list[Cell | None] = []
        for c in range(width):
            value = row[c] if c < len(row) else ""
            span = spans.get((r, c))
            if (r, c) in covered or (not _present(value) and span is None):
                out.append(None)
                continue
            absolute = (top + r, left + c)
            text, raw = shown_text(value, formats.get(absolute))
            rowspan, colspan = span or (1, 1)
            source = Source(cell=f"{name}!{column_letters(absolute[1])}{absolute[0] + 1}")
            out.append(Cell(text, source, rowspan, colspan, raw))
        grid.append(tuple(out))
    return Table(rows=tuple(grid), label=name)


def _with_formulas(
    rows: Sequence[Sequence[Any]], top: int, left: int, formulas: SheetFormats
) -> list[list[Any]]:
    # calamine's used range ends at the last value, so a trailing formula cell may lie outside.
    inside = {(r - top, c - left): f for (r, c), f in formulas.items() if r >= top and c >= left}
    height = max([len(rows)] + [r + 1 for r, _ in inside])
    width = max([len(row) for row in rows] + [c + 1 for _, c in inside])
    grid = [
        list(rows[r]) + [""] * (width - len(rows[r])) if r < len(rows) else [""] * width
        for r in range(height)
    ]
    for (r, c), formula in inside.items():
        if not _present(grid[r][c]):
            grid[r][c] = formula
    return grid


def _spans(
    merges: Sequence[Merge], top: int, left: int
) -> tuple[dict[tuple[int, int], tuple[int, int]], set[tuple[int, int]]]:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for (r0, c0), (r1, c1) in merges:
        r0, c0, r1, c1 = r0 - top, c0 - left, r1 - top, c1 - left
        if r0 < 0 or c0 < 0:
            continue  # a merge outside the used range holds no value
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        covered.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
        covered.discard((r0, c0))
    return spans, covered


def _present(value: Any) -> bool:
    return not (value is None or value == "")


def shown_text(value: Any, code: str | None) -> tuple[str, str | None]:
    """The text a cell shows and, when different, its stored value (Cell.raw).

    Numbers stored as text stay text; booleans show as Excel does; dates as ISO dates.
    """
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, (int, float)):
        raw = general_text(value)
        text = format_number(value, code) if code else raw
        return text, (raw if text != raw else None)
    if isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
        return text, None
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat(), None
    return str(value).strip(), None
