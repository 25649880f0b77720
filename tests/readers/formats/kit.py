"""Helpers for the format reader tests: fixture paths, table dumps, tiny OLE files, LibreOffice."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from jixiao.readers.grid.table import Table

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "fixtures"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def cells(table: Table) -> dict[str, tuple[str, int, int]]:
    """Source cell → (text, rowspan, colspan) for every cell of a table."""
    return {
        c.source.cell or "": (c.text, c.rowspan, c.colspan)
        for row in table.rows
        for c in row
        if c is not None
    }


def texts(table: Table) -> list[list[str]]:
    """The grid as shown text (covered positions repeat their merged cell's text)."""
    return [[table.text(r, c) for c in range(table.width)] for r in range(table.height)]


def ole_file(path: Path, *names: str) -> Path:
    """A minimal OLE compound file ([MS-CFB]) whose directory holds the given stream names."""
    end, free, fat_sect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # directory starts at sector 1
    struct.pack_into("<IIIII", header, 0x38, 4096, end, 0, end, 0)
    struct.pack_into("<I", header, 0x4C, 0)  # FAT sector is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 0x4C + 4 * i, free)
    fat = struct.pack("<128I", fat_sect, end, *([free] * 126))
    directory = bytearray(512)
    for i, name in enumerate(["Root Entry", *names][:4]):
        encoded = (name + "\x00").encode("utf-16-le")
        directory[i * 128 : i * 128 + len(encoded)] = encoded
        struct.pack_into("<HB", directory, i * 128 + 64, len(encoded), 5 if i == 0 else 2)
    path.write_bytes(bytes(header) + fat + bytes(directory))
    return path


def soffice_convert(source: Path, target: str, outdir: Path) -> Path:
    """Convert with LibreOffice (for building .xls/.doc test inputs); return the new file."""
    assert SOFFICE is not None
    profile = (outdir / "profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    produced = outdir / f"{source.stem}.{target.split(':')[0]}"
    assert produced.exists()
    return produced
