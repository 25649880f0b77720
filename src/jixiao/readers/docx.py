"""Word documents (.docx) to Tables: every table, its horizontal and vertical merges as spans."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from jixiao.model.finding import Source
from jixiao.readers.around import heading_texts, note_texts, text_rows
from jixiao.readers.base import ReadForm, UnreadableInput
from jixiao.readers.grid.table import Cell, Table, broken_table
from jixiao.readers.limits import DEFAULT_LIMITS, Limits, check_file_size, check_zip
from jixiao.readers.sniff import Kind, sniff_path

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)

# One raw cell before span resolution: text, grid column, colspan, vMerge state.
_Raw = tuple[str, int, int, str | None]
# Word allows at most 63 columns in a table; a span past that is damage, and taken at its word
# it would allocate rows of millions of cells.
_MAX_COLUMNS = 63


class _BrokenTable(Exception):
    """A w:tbl whose structure cannot be a table Word wrote; ``reason`` says why, in Chinese."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_docx(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """One Table per table in the document body (nested tables included), in document order."""
    check_file_size(path, limits)
    kind = sniff_path(path)
    if kind is Kind.ENCRYPTED_OFFICE:
        raise UnreadableInput("文档有密码保护，无法读取；请去掉密码后另存再提交")
    if kind is not Kind.DOCX:
        raise UnreadableInput("不是 Word 文档（.docx）（文件内容与扩展名不符或已损坏）")
    check_zip(path, limits)
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml")
        root = etree.fromstring(xml, _PARSER)
    except (KeyError, zipfile.BadZipFile, OSError, etree.XMLSyntaxError) as exc:
        raise UnreadableInput("Word 文档已损坏，无法读取（document.xml）") from exc
    return document_tables(root, limits)


def load_docx(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[ReadForm]:
    """Every form in a .docx, found by the grid reader in its tables."""
    from jixiao.readers.grid import forms_in

    return forms_in(read_docx(path, limits), "文档中")


def document_tables(root: etree._Element, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """The Tables of a parsed word/document.xml root."""
    body = root.find(f"{_W}body")
    if body is None:
        return []
    tables: list[Table] = []
    for tbl in body.iter(f"{_W}tbl"):
        if len(tables) >= limits.max_tables:
            break
        number = len(tables) + 1
        top_level = tbl.getparent() is body
        heading = heading_texts(_paragraphs(tbl, before=True)) if top_level else []
        notes = note_texts(_paragraphs(tbl, before=False)) if top_level else []
        label = f"表格{number}"
        try:
            table = _table(tbl, label, heading, notes, limits)
        except _BrokenTable as exc:
            reason = f"文档中的{label}结构已损坏（{exc.reason}），无法读取"
            table = broken_table(label, reason, Source(cell=label))
        if table.height or table.findings:
            tables.append(table)
    return tables


def _paragraphs(tbl: etree._Element, before: bool) -> Iterator[str]:
    # The paragraphs next to a table, nearest first, up to the next table.
    node = tbl.getprevious() if before else tbl.getnext()
    while node is not None and node.tag == f"{_W}p":
        yield paragraph_text(node)
        node = node.getprevious() if before else node.getnext()


def _table(
    tbl: etree._Element, label: str, heading: list[str], notes: list[str], limits: Limits
) -> Table:
    raw_rows = [_row(tr) for tr in _children(tbl, "tr")]
    width = max((col + span for row in raw_rows for _, col, span, _ in row), default=0)
    if width > _MAX_COLUMNS:
        raise _BrokenTable(f"合并后共 {width} 列，超过 Word 表格最多 {_MAX_COLUMNS} 列")
    if width * len(raw_rows) > limits.max_cells:
        raise _BrokenTable(f"超过 {limits.max_cells} 个单元格")
    rows = text_rows(heading, label, "表前", width)
    rows.extend(_resolve(raw_rows, width, label))
    rows.extend(text_rows(notes, label, "表后", width))
    return Table(rows=tuple(rows), label=label)


def _row(tr: etree._Element) -> list[_Raw]:
    cells: list[_Raw] = []
    col = _grid_skip(tr, "gridBefore")
    for cell in _children(tr, "tc"):
        span, vmerge = _cell_props(cell)
        cells.append((cell_text(cell), col, span, vmerge))
        col += span
    return cells


def _children(parent: etree._Element, name: str) -> list[etree._Element]:
    # Rows and cells may sit inside content controls (w:sdt/w:sdtContent) or w:customXml
    # wrappers; look through those, but never into a nested table.
    found: list[etree._Element] = []
    for child in parent:
        if child.tag == f"{_W}{name}":
            found.append(child)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            found.extend(_children(child, name))
    return found


def _grid_skip(tr: etree._Element, name: str) -> int:
    node = tr.find(f"{_W}trPr/{_W}{name}")
    return _count(node.get(f"{_W}val", "0"), name) if node is not None else 0


def _count(value: str, name: str) -> int:
    # ST_DecimalNumber; anything else means the part was damaged or hand-edited.
    try:
        return max(0, int(value))
    except ValueError:
        raise _BrokenTable(f"{name} 的值“{value[:20]}”不是整数") from None


def _cell_props(tc: etree._Element) -> tuple[int, str | None]:
    props = tc.find(f"{_W}tcPr")
    if props is None:
        return 1, None
    span_node = props.find(f"{_W}gridSpan")
    span = (
        max(1, _count(span_node.get(f"{_W}val", "1"), "gridSpan")) if span_node is not None else 1
    )
    vmerge_node = props.find(f"{_W}vMerge")
    # <w:vMerge/> without a value continues the merge above (ECMA-376 17.4.85).
    vmerge = None if vmerge_node is None else vmerge_node.get(f"{_W}val", "continue")
    return span, vmerge


def _resolve(raw_rows: list[list[_Raw]], width: int, label: str) -> list[tuple[Cell | None, ...]]:
    grid: list[list[Cell | None]] = [[None] * width for _ in raw_rows]
    # (row, col) of the cell that starts a vertical merge, per grid column, while it continues.
    open_merge: dict[int, tuple[int, int]] = {}
    spans: dict[tuple[int, int], list[int]] = {}
    texts: dict[tuple[int, int], str] = {}
    for r, row in enumerate(raw_rows):
        for text, col, span, vmerge in row:
            start = open_merge.get(col)
            if vmerge == "continue" and start is not None and spans[start][1] == span:
                spans[start][0] = r - start[0] + 1
                continue
            spans[(r, col)] = [1, span]
            texts[(r, col)] = text
            if vmerge == "restart":
                open_merge[col] = (r, col)
            else:
                open_merge.pop(col, None)
    for (r, c), (rowspan, colspan) in spans.items():
        source = Source(cell=f"{label} R{r + 1}C{c + 1}")
        cell = Cell(texts[(r, c)], source, rowspan, colspan)
        if cell.text or rowspan > 1 or colspan > 1:
            grid[r][c] = cell
    return [tuple(row) for row in grid]


def cell_text(tc: etree._Element) -> str:
    """A cell's own paragraphs joined with '\\n' (a nested table is read as its own Table)."""
    paragraphs = [paragraph_text(p) for p in tc.iter(f"{_W}p") if _owner_cell(p) is tc]
    return "\n".join(p.strip() for p in paragraphs if p.strip())


def _owner_cell(p: etree._Element) -> etree._Element | None:
    node = p.getparent()
    while node is not None and node.tag != f"{_W}tc":
        node = node.getparent()
    return node


def paragraph_text(p: etree._Element) -> str:
    """A paragraph's text: runs' w:t, tabs as '\\t', breaks as '\\n'; deleted text is skipped."""
    parts: list[str] = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag == f"{_W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)
