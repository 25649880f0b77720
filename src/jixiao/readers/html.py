"""Web pages (.html/.htm, Word-exported HTML too) to Tables, rowspan and colspan expanded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from jixiao.model.finding import Source
from jixiao.readers.around import heading_texts, note_texts, text_rows
from jixiao.readers.base import ReadForm, UnreadableInput
from jixiao.readers.grid.table import Cell, Table, broken_table
from jixiao.readers.limits import DEFAULT_LIMITS, Limits, check_file_size

_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""")
# STACK.md: pages labelled gb2312 or gbk hold GB18030 characters (生僻字 in names); decode as its
# superset so they are not lost.
_GB_FAMILY = {"gb2312", "gbk", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}
_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre"}
_SKIP = {"script", "style", "head", "title", "table"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_DETECT_BYTES = 64 * 1024
_MAX_SPAN = 200  # a rowspan/colspan beyond this is a broken page, not a form
_TEXT_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "span", "b", "strong", "font"}
_WRAPPERS = {"div", "center", "form", "span"}


def read_html(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """One Table per <table> in the page, nested tables included, in document order."""
    check_file_size(path, limits)
    return html_tables(decode_html(path.read_bytes()), limits)


def load_html(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[ReadForm]:
    """Every form in a web page, found by the grid reader in its tables."""
    from jixiao.readers.grid import forms_in

    return forms_in(read_html(path, limits), "网页中")


def decode_html(data: bytes) -> str:
    """Decode a page: BOM, then its declared charset (gb2312/gbk as gb18030), then detection."""
    if not data.strip():
        raise UnreadableInput("空文件")
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    declared = _declared_charset(data[:4096])
    # Undeclared pages here are UTF-8 or GB18030 far more often than anything a detector might
    # guess from a short page (it took GB18030 bytes for UTF-16), so try those two strictly first.
    for encoding in ([declared] if declared else []) + ["utf-8", "gb18030"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _detect(data)


def _declared_charset(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _CHARSET.search(head)
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    return "gb18030" if name in _GB_FAMILY else name


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    # Detection reads a sample: its cost grows with the input, and a page's head is enough.
    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is None:
        return data.decode("gb18030", errors="replace")
    encoding = best.encoding.lower().replace("_", "-")
    return data.decode("gb18030" if encoding in _GB_FAMILY else best.encoding, errors="replace")


def html_tables(text: str, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """The Tables of a decoded page; UnreadableInput when it has none."""
    # lxml refuses a str that still declares its byte encoding (XHTML's <?xml ...?>).
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        raise UnreadableInput("空文件")
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableInput("网页无法解析") from exc
    tables: list[Table] = []
    for element in root.iter("table"):
        if len(tables) >= limits.max_tables:
            break
        table = _table(element, f"表格{len(tables) + 1}", limits)
        if table is not None:
            tables.append(table)
    if not tables:
        raise UnreadableInput("网页中没有表格")
    return tables


def _own_rows(table: etree._Element) -> list[etree._Element]:
    # Rows of this table only (thead/tbody/tfoot included), not of a table nested in a cell.
    return [tr for tr in table.iter("tr") if _nearest_table(tr) is table]


def _nearest_table(node: etree._Element) -> etree._Element | None:
    parent = node.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _table(element: etree._Element, label: str, limits: Limits) -> Table | None:
    placed: dict[tuple[int, int], Cell] = {}
    taken: set[tuple[int, int]] = set()
    width = 0
    rows = _own_rows(element)[: limits.max_rows]
    for r, tr in enumerate(rows):
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while (r, c) in taken:
                c += 1
            rowspan = min(_span(td.get("rowspan")), len(rows) - r)
            colspan = _span(td.get("colspan"))
            text = cell_text(td)
            if text or rowspan > 1 or colspan > 1:
                source = Source(cell=f"{label} R{r + 1}C{c + 1}")
                placed[(r, c)] = Cell(text, source, rowspan, colspan)
            taken.update((rr, cc) for rr in range(r, r + rowspan) for cc in range(c, c + colspan))
            c += colspan
            width = max(width, c)
            if len(taken) > limits.max_cells:  # checked per cell: spans multiply quickly
                reason = f"网页中的{label}过大（超过 {limits.max_cells} 个单元格），无法读取"
                return broken_table(label, reason, Source(cell=label))
    if not placed:
        return None
    top_level = _nearest_table(element) is None
    heading = heading_texts(_paragraphs(element, before=True)) if top_level else []
    notes = note_texts(_paragraphs(element, before=False)) if top_level else []
    grid = [tuple(placed.get((r, c)) for c in range(width)) for r in range(len(rows))]
    out = text_rows(heading, label, "表前", width) + grid + text_rows(notes, label, "表后", width)
    return Table(rows=tuple(out), label=label)


def _span(value: str | None) -> int:
    try:
        number = int(re.sub(r"\D", "", value or "") or 1)
    except ValueError:
        return 1
    return max(1, min(number, _MAX_SPAN))


def _paragraphs(table: etree._Element, before: bool) -> Iterator[str]:
    # Text blocks next to a table, nearest first, up to anything else (another table, a list);
    # a table alone in a wrapper <div> looks beside the wrapper.
    node: etree._Element | None = table
    for _ in range(3):
        assert node is not None
        sibling = node.getprevious() if before else node.getnext()
        while sibling is not None:
            if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style"):
                if sibling.tag not in _TEXT_TAGS or sibling.find(".//table") is not None:
                    return
                yield cell_text(sibling).replace("\n", "")
            sibling = sibling.getprevious() if before else sibling.getnext()
        node = node.getparent()
        if node is None or node.tag not in _WRAPPERS:
            return


def cell_text(element: etree._Element) -> str:
    """An element's text with HTML whitespace collapsed, <br> and block ends as '\\n'.

    A nested table is left out: it is read as its own Table.
    """
    parts: list[str] = []
    _walk(element, parts, top=True)
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element: etree._Element, parts: list[str], top: bool = False) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag and not (top is False and tag in _SKIP):
        if tag == "br" or tag in _BLOCKS:
            parts.append("\n")
        if element.text:
            parts.append(_SPACES.sub(" ", element.text))
        for child in element:
            _walk(child, parts)
        if tag in _BLOCKS:
            parts.append("\n")
    if not top and element.tail:
        parts.append(_SPACES.sub(" ", element.tail))
