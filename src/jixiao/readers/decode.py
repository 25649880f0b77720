"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030; binary is refused."""

from __future__ import annotations

import codecs

from jixiao.readers.base import UnreadableInput

# Control characters other than tab/newline/carriage return/form feed mark a binary file; a few
# may come from a damaged extraction, so refuse only when they are more than 1% of the text.
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes) -> str:
    """Decode a text input; raise UnreadableInput for an empty or binary file."""
    if not data.strip():
        raise UnreadableInput("空文件")
    text = _decode(data)
    if text is None or "\x00" in text or _too_many_controls(text):
        raise UnreadableInput("不是文本（二进制内容）")
    if not text.strip():
        raise UnreadableInput("空文件")
    return text


def _decode(data: bytes) -> str | None:
    # Windows "Unicode" text is UTF-16 with a BOM; anything else holding NUL bytes is binary.
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in data and not utf16:
        return None
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _too_many_controls(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    return controls > max(1, len(text) * _CONTROL_SHARE)
