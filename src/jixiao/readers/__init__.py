"""Readers: one module per input format; ``READERS`` maps a file suffix to its reader.

``read_path`` picks the reader by content for text-like files: JSON when the text parses as a
``jixiao.form/1`` object (or a list of them), else the extracted-text reader.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from jixiao.readers.base import NONSTANDARD_CODE, ReadForm, UnreadableInput
from jixiao.readers.decode import decode_bytes
from jixiao.readers.json_reader import looks_like_json_form, read_json
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


# Later formats (.pdf, .xlsx, .docx, .html) register here; unknown suffixes are read as text.
READERS: dict[str, Callable[[Path], list[ReadForm]]] = {
    ".txt": _read_text_file,
    ".json": _read_text_file,
}


def read_path(path: Path) -> list[ReadForm]:
    """Read every form in a file; raise UnreadableInput when it holds none."""
    reader = READERS.get(path.suffix.lower(), _read_text_file)
    return reader(path)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
