"""The number format of each styled cell in a legacy .xls, read with xlrd when it is installed."""

from __future__ import annotations

from pathlib import Path

from jixiao.readers.xlsx_styles import SheetFormats


def xls_sheet_formats(path: Path) -> dict[str, SheetFormats]:
    """Sheet name → {(row, column): format code} for numeric cells with a non-General format.

    calamine reads .xls values but not formats; xlrd (optional) reads the BIFF XF records. Without
    xlrd, or for a file xlrd cannot parse, cells show their General text (0.5302, not 53.02%).
    """
    try:
        import xlrd
    except ImportError:
        return {}
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:  # xlrd raises many types for files calamine may still read; formats are extra
        return {}
    try:
        return {
            sheet.name: _formats(book, sheet)
            for sheet in (book.sheet_by_index(i) for i in range(book.nsheets))
        }
    except Exception:
        return {}
    finally:
        book.release_resources()


def _formats(book: object, sheet: object) -> SheetFormats:
    import xlrd

    formats: SheetFormats = {}
    for r in range(sheet.nrows):  # type: ignore[attr-defined]
        for c, cell in enumerate(sheet.row(r)):  # type: ignore[attr-defined]
            if cell.ctype != xlrd.XL_CELL_NUMBER:
                continue
            xf = book.xf_list[cell.xf_index]  # type: ignore[attr-defined]
            fmt = book.format_map.get(xf.format_key)  # type: ignore[attr-defined]
            if fmt is not None and fmt.format_str.lower() != "general":
                formats[(r, c)] = fmt.format_str
    return formats
