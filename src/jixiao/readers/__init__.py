"""Readers: one module per input format; ``READERS`` maps a file suffix to its reader.

``read_path`` picks the reader by content, not by suffix (``sniff``): PDF, Excel (.xlsx/.xls),
Word (.docx, and .doc/.rtf through LibreOffice), HTML; for text, JSON when it parses as a
``jixiao.form/1`` object (or a list of them), else the extracted-text reader.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path

from jixiao.readers.base import NONSTANDARD_CODE, ReadForm, UnreadableInput
from jixiao.readers.decode import decode_bytes
from jixiao.readers.json_reader import looks_like_json_form, read_json
from jixiao.readers.sniff import Kind, sniff_path
from jixiao.readers.text import read_form_text

__all__ = [
    "NONSTANDARD_CODE",
    "READERS",
    "ReadForm",
    "UnreadableInput",
    "read_path",
    "read_text",
]


def read_text(text: str) -> list[ReadForm]:
    """Read decoded text: JSON forms when it is our JSON, else the extracted-text reader."""
    if not text.strip():
        raise UnreadableInput("空文件")
    if looks_like_json_form(text):
        return read_json(text)
    if text.lstrip().startswith(("{", "[")) and _is_json(text):
        return read_json(text)
    return read_form_text(text)


def _read_text_file(path: Path) -> list[ReadForm]:
    return read_text(decode_bytes(path.read_bytes()))


# Each structured format's loader, imported only when such a file is read: the engine stays
# light, and PDF/Office libraries come with the ``formats`` extra.
_LOADERS: dict[Kind, tuple[str, str]] = {
    Kind.PDF: ("jixiao.readers.pdf", "load_pdf"),
    Kind.XLSX: ("jixiao.readers.xlsx", "load_xlsx"),
    Kind.XLS: ("jixiao.readers.xlsx", "load_xlsx"),
    Kind.DOCX: ("jixiao.readers.docx", "load_docx"),
    Kind.DOC: ("jixiao.readers.doc", "load_doc"),
    Kind.RTF: ("jixiao.readers.doc", "load_doc"),
    Kind.HTML: ("jixiao.readers.html", "load_html"),
}
_NOT_FORMS = {
    Kind.EMPTY: "空文件",
    Kind.ZIP: "不是完整的 Excel 或 Word 文件（压缩包已损坏，或其中没有表格文档）",
    Kind.OLE: "不是可读取的 Excel 或 Word 文件",
}

# The suffixes we read, for help texts; the reader itself is chosen by content (``sniff``).
READERS: dict[str, str] = {
    ".txt": "提取的文本",
    ".json": "jixiao.form/1 JSON",
    ".pdf": "PDF",
    ".xlsx": "Excel",
    ".xlsm": "Excel",
    ".xls": "Excel 97-2003",
    ".docx": "Word",
    ".doc": "Word 97-2003（需 LibreOffice）",
    ".rtf": "RTF（需 LibreOffice）",
    ".html": "网页",
    ".htm": "网页",
}


def read_path(path: Path) -> list[ReadForm]:
    """Read every form in a file, choosing the reader by content; UnreadableInput if none."""
    kind = sniff_path(path)
    if kind in _NOT_FORMS:
        raise UnreadableInput(_NOT_FORMS[kind])
    if kind is Kind.ENCRYPTED_OFFICE:
        # Only the suffix tells a password-protected workbook from a document.
        word = path.suffix.lower() in (".doc", ".docx")
        return _loader(Kind.DOCX if word else Kind.XLSX)(path)
    if kind is Kind.TEXT:
        return _read_text_file(path)
    return _loader(kind)(path)


def _loader(kind: Kind) -> Callable[[Path], list[ReadForm]]:
    module_name, function = _LOADERS[kind]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise UnreadableInput(
            f"读取 {kind.value} 文件需要安装格式支持：pip install 'jixiao[formats]'（{exc.name}）"
        ) from None
    loader: Callable[[Path], list[ReadForm]] = getattr(module, function)
    return loader


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
