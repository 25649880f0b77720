"""Tell a file's format from its head and container parts, whatever its suffix says."""

from __future__ import annotations

import re
import struct
import zipfile
from enum import StrEnum
from pathlib import Path

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_HEAD_BYTES = 4096
_HTML_RE = re.compile(rb"<(!doctype\s+html|html|table|body|head|meta)\b", re.IGNORECASE)
_END_OF_CHAIN = 0xFFFFFFFE


class Kind(StrEnum):
    """What a file holds, whatever its suffix says."""

    PDF = "pdf"
    XLSX = "xlsx"
    DOCX = "docx"
    XLS = "xls"
    DOC = "doc"
    # Saved with a password: OOXML (an OLE EncryptedPackage) or a Word 97 .doc (FIB fEncrypted)
    ENCRYPTED_OFFICE = "encrypted"
    HTML = "html"
    RTF = "rtf"  # Word's rich text, often saved with a .doc suffix
    TEXT = "text"
    ZIP = "zip"  # a zip that is no Office document we read
    OLE = "ole"  # an OLE file that is neither a workbook nor a Word document
    EMPTY = "empty"


def sniff_path(path: Path) -> Kind:
    """The kind of the file at ``path`` (reads its head, a zip's part names or an OLE directory)."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if head.startswith(_ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return ole_kind(path.read_bytes())
    return sniff_head(head)


def sniff_head(head: bytes) -> Kind:
    """The kind told by the first bytes alone (no container inspection)."""
    if not head.strip():
        return Kind.EMPTY
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return Kind.PDF
    if head.startswith(_ZIP_MAGIC):
        return Kind.ZIP
    if head.startswith(_OLE_MAGIC):
        return Kind.OLE
    if head.lstrip().startswith(b"{\\rtf"):
        return Kind.RTF
    if _HTML_RE.search(_strip_bom(head)[:_HEAD_BYTES]):
        return Kind.HTML
    return Kind.TEXT


def _strip_bom(head: bytes) -> bytes:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 HTML (Word "Unicode" web pages): drop the NULs so the tag test sees ASCII.
        return head[2:].replace(b"\x00", b"")
    return head.removeprefix(b"\xef\xbb\xbf")


def _zip_kind(path: Path) -> Kind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return Kind.ZIP
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        return Kind.XLSX
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return Kind.DOCX
    return Kind.ZIP


def ole_kind(data: bytes) -> Kind:
    """Tell a workbook from a Word document by the stream names in the OLE directory."""
    entries = {name: (start, size) for name, start, size in _ole_entries(data)}
    if "EncryptedPackage" in entries or "EncryptionInfo" in entries:
        return Kind.ENCRYPTED_OFFICE
    if "WordDocument" in entries:
        return Kind.ENCRYPTED_OFFICE if _word_encrypted(data, entries) else Kind.DOC
    if "Workbook" in entries or "Book" in entries:
        return Kind.XLS
    return Kind.OLE


def ole_stream_names(data: bytes) -> list[str]:
    """The entry names of an OLE compound file's directory ([MS-CFB] 2.2 and 2.6); [] if damaged."""
    return [name for name, _, _ in _ole_entries(data)]


def _ole_entries(data: bytes) -> list[tuple[str, int, int]]:
    # (name, starting sector, size) of each directory entry; [] for a damaged file.
    if len(data) < 512 or not data.startswith(_OLE_MAGIC):
        return []
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    if sector_size not in (512, 4096):
        return []
    first_dir = struct.unpack_from("<I", data, 0x30)[0]
    fat = _fat(data, sector_size)
    entries: list[tuple[str, int, int]] = []
    sector, seen = first_dir, set[int]()
    while sector < _END_OF_CHAIN and sector not in seen and len(seen) < 10_000:
        seen.add(sector)
        offset = (sector + 1) * sector_size
        for entry in range(offset, min(offset + sector_size, len(data) - 127), 128):
            length = struct.unpack_from("<H", data, entry + 64)[0]
            if 2 <= length <= 64:
                name = data[entry : entry + length - 2].decode("utf-16-le", "replace")
                start, size = struct.unpack_from("<II", data, entry + 116)
                entries.append((name, start, size))
        sector = fat[sector] if sector < len(fat) else _END_OF_CHAIN
    return entries


def _word_encrypted(data: bytes, entries: dict[str, tuple[int, int]]) -> bool:
    # [MS-DOC] 2.5.2 FibBase, never encrypted itself: wIdent 0xA5EC, then the flags word at
    # offset 0x0A with fEncrypted in bit 8 (a .doc saved with a password to open).
    head = _stream_head(data, entries, "WordDocument", 12)
    if len(head) < 12:
        return False
    ident, flags = struct.unpack_from("<H", head)[0], struct.unpack_from("<H", head, 10)[0]
    return ident == 0xA5EC and bool(flags & 0x0100)


def _stream_head(data: bytes, entries: dict[str, tuple[int, int]], name: str, count: int) -> bytes:
    # The first bytes of a stream: in a regular sector, or (below the mini-stream cutoff) in the
    # mini stream, which is the root entry's chain cut in 64-byte mini sectors ([MS-CFB] 2.3).
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    start, size = entries[name]
    if size >= struct.unpack_from("<I", data, 0x38)[0]:
        offset = (start + 1) * sector_size
        return data[offset : offset + count]
    root = entries.get("Root Entry")
    if root is None:
        return b""
    fat, sector = _fat(data, sector_size), root[0]
    mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
    steps = start * mini_size // sector_size
    if steps >= len(fat):  # a damaged entry: the stream cannot lie that far
        return b""
    for _ in range(steps):  # walk the root chain to that sector
        if sector >= len(fat):
            return b""
        sector = fat[sector]
    if sector >= _END_OF_CHAIN:
        return b""
    offset = (sector + 1) * sector_size + start * mini_size % sector_size
    return data[offset : offset + count]


def _fat(data: bytes, sector_size: int) -> list[int]:
    # The header lists the first 109 FAT sectors; enough to reach the directory of any file the
    # size limit lets through with 512-byte sectors up to ~7 MB; the directory usually comes early.
    fat: list[int] = []
    for i in range(109):
        fat_sector = struct.unpack_from("<I", data, 0x4C + 4 * i)[0]
        if fat_sector >= _END_OF_CHAIN:
            break
        start = (fat_sector + 1) * sector_size
        chunk = data[start : start + sector_size]
        fat.extend(struct.unpack(f"<{len(chunk) // 4}I", chunk[: len(chunk) // 4 * 4]))
    return fat
