"""The number format of each styled cell in an .xlsx, read from its styles and sheet XML."""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from jixiao.readers.numfmt import BUILTIN_FORMATS

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW_OR_CELL = re.compile(rb"<row\b([^>]*)>|<c\b([^>]*)>")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_STYLE = re.compile(rb'\bs="(\d+)"')
_FORMULA = re.compile(rb"<f(?:\s[^>]*)?>([^<]*)</f>\s*(?:<v\s*/>|<v>([^<]*)</v>)?\s*$")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)

SheetFormats = dict[tuple[int, int], str]


def sheet_formats(path: Path) -> dict[str, SheetFormats]:
    """Sheet name → {(row, column) 0-based: format code} for cells with a non-General format."""
    return {name: formats for name, (formats, _) in sheet_styles(path).items()}


def sheet_styles(path: Path) -> dict[str, tuple[SheetFormats, SheetFormats]]:
    """Sheet name → (format codes, formulas without a cached value) by 0-based (row, column).

    calamine gives stored values only (0.5302 for a cell shown as 53.02%), so the format codes
    come from here; so does the text of a formula a program wrote without its value (openpyxl
    writes '=2册' so), which calamine reads as empty. A part that is missing or damaged gives
    nothing rather than an error.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            codes = _style_codes(archive) if "xl/styles.xml" in archive.namelist() else {}
            styles: dict[str, tuple[SheetFormats, SheetFormats]] = {}
            for name, part in _sheet_parts(archive).items():
                if part in archive.namelist():
                    formulas: SheetFormats = {}
                    styles[name] = (_cell_formats(archive.read(part), codes, formulas), formulas)
            return styles
    except (zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError):
        return {}


def _style_codes(archive: zipfile.ZipFile) -> dict[int, str]:
    # cellXfs index → format code, only for the formats that change how a number shows.
    root = etree.fromstring(archive.read("xl/styles.xml"), _PARSER)
    custom = {
        int(fmt.get("numFmtId", "0")): fmt.get("formatCode", "")
        for fmt in root.iter(f"{_MAIN}numFmt")
    }
    codes: dict[int, str] = {}
    xfs = root.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else ()):
        fmt_id = int(xf.get("numFmtId", "0"))
        code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, "General"))
        if code.lower() != "general":
            codes[index] = code
    return codes


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    workbook = etree.fromstring(archive.read("xl/workbook.xml"), _PARSER)
    rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), _PARSER)
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL}Relationship")}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_REL), "")
        # Targets are relative to xl/ unless absolute ('/xl/worksheets/sheet1.xml').
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(part)
    return parts


def _cell_formats(
    xml: bytes, codes: dict[int, str], formulas: SheetFormats | None = None
) -> SheetFormats:
    # Some writers omit r= on rows and cells; the position then follows the previous one.
    formats: SheetFormats = {}
    row, col = -1, -1
    for match in _ROW_OR_CELL.finditer(xml):
        if match.group(1) is not None:
            number = _ROW_NUMBER.search(match.group(1))
            row, col = (int(number.group(1)) - 1 if number else row + 1), -1
            continue
        attrs = match.group(2)
        ref = _REF.search(attrs)
        col = _column_index(ref.group(1)) if ref is not None else col + 1
        if ref is not None:
            row = int(ref.group(2)) - 1
        style = _STYLE.search(attrs)
        if style is not None and int(style.group(1)) in codes:
            formats[(row, col)] = codes[int(style.group(1))]
        # t="str" marks a cached text result, maybe empty (=IF(…,"",…) saved by Excel or
        # LibreOffice); only a formula without one shows its text.
        cached_text = b't="str"' in attrs
        if formulas is not None and not cached_text and xml.startswith(b"<f", match.end()):
            formula = _uncached_formula(xml, match.end())
            if formula:
                formulas[(row, col)] = formula
    return formats


def _uncached_formula(xml: bytes, start: int) -> str | None:
    # '<f>2&#20876;</f><v></v></c>' or with no <v>: the formula text, shown with its '='.
    end = xml.find(b"</c>", start)
    found = _FORMULA.match(xml, start, end if end >= 0 else len(xml))
    if found is None or found.group(2):
        return None
    formula = etree.fromstring(b"<f>" + found.group(1) + b"</f>", _PARSER).text or ""
    return "=" + formula if formula else None


def _column_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ch - 64
    return index - 1


def column_letters(index: int) -> str:
    """0-based column index → Excel letters (0 → 'A', 26 → 'AA')."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
