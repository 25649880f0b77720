"""Bad inputs for the readers' error paths: wrong type, damaged zip, zip bomb, empty, no table.

None of them holds a form: a reader must answer each with a Chinese UnreadableInput or a finding.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

# The bomb's one member inflates to this many bytes from about 50 KB of deflate data.
BOMB_BYTES = 50 * 1024 * 1024


def write_bad_inputs(out: Path, good_xlsx: Path, html_text: str) -> list[str]:
    """Write the bad inputs into ``out``; return their names (the scanned PDF is made elsewhere)."""
    from openpyxl import Workbook

    out.mkdir(parents=True, exist_ok=True)
    # An HTML page saved with a .pdf suffix: content sniffing must win over the suffix.
    (out / "html-named.pdf").write_text(html_text, encoding="utf-8")
    # A real workbook cut in half: the zip central directory is gone.
    data = good_xlsx.read_bytes()
    (out / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    # Plain text with an Office suffix.
    (out / "text-named.docx").write_text("这不是Word文档。\n", encoding="utf-8")
    with zipfile.ZipFile(out / "zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        with bomb.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(BOMB_BYTES // len(chunk)):
                member.write(chunk)
    book = Workbook()
    book.create_sheet("空表2")
    book.save(out / "empty-sheets.xlsx")
    (out / "no-table.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        "<body><p>本页面没有表格，只有一段说明文字。</p></body></html>\n",
        encoding="utf-8",
    )
    return sorted(p.name for p in out.iterdir())


def damage_member(source: Path, member: str, damage: Callable[[bytes], bytes], out: Path) -> None:
    """Copy an Office zip, passing one member's bytes through ``damage`` (the rest untouched)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, damage(data) if info.filename == member else data)


def cut_in_half(data: bytes) -> bytes:
    """A part cut off mid-way, as an interrupted copy or a failed upload leaves it."""
    return data[: len(data) // 2]


def break_second_table_span(xml: bytes) -> bytes:
    """word/document.xml with the first w:gridSpan of its second table no longer a number."""
    second = xml.index(b"<w:tbl>", xml.index(b"<w:tbl>") + 1)
    span = re.compile(rb'w:gridSpan w:val="\d+"')
    return xml[:second] + span.sub(b'w:gridSpan w:val="x"', xml[second:], count=1)
