"""PDF fixtures: the checked-in LibreOffice/Chromium PDFs, and PDFs built per session from them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "fixtures"
CHROMIUM = shutil.which("chromium")


def fixture(name: str) -> Path:
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"fixture {name} not present")
    return path


def _image_only(source: Path, out: Path) -> Path:
    """A scanned-like PDF: the first page rendered to pixels, put back as an image-only page."""
    doc = pdfium.PdfDocument(str(source))
    image = doc[0].render(scale=1).to_pil().convert("RGB")
    doc.close()
    image.save(out, "PDF", resolution=72)
    return out


def _concat(parts: list[tuple[Path, list[int] | None]], out: Path) -> Path:
    """A PDF of the given pages (0-based; None = all) of the given files, in order."""
    merged = pdfium.PdfDocument.new()
    opened = []
    for path, pages in parts:
        src = pdfium.PdfDocument(str(path))
        opened.append(src)
        merged.import_pages(src, pages)
    merged.save(str(out))
    merged.close()
    for src in opened:
        src.close()
    return out


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="session")
def scanned_pdf(built: Path) -> Path:
    return _image_only(fixture("clean.pdf"), built / "scanned.pdf")


@pytest.fixture(scope="session")
def clean_then_scan_pdf(built: Path, scanned_pdf: Path) -> Path:
    return _concat([(fixture("clean.pdf"), None), (scanned_pdf, None)], built / "mixed.pdf")


@pytest.fixture(scope="session")
def prose_500_pdf(built: Path) -> Path:
    """500 pages: prose page 1 of the 30-page report repeated, the clean form as page 250."""
    report, clean = fixture("report-30-pages.pdf"), fixture("clean.pdf")
    parts: list[tuple[Path, list[int] | None]] = [(report, [0] * 249), (clean, [0])]
    parts.append((report, [0] * 250))
    return _concat(parts, built / "long.pdf")


@pytest.fixture(scope="session")
def chromium_pdf(built: Path) -> Path:
    """clean.html printed by headless Chromium (Type 3 fonts that map 目 to the radical ⽬)."""
    return print_html(fixture("clean.html"), built / "clean-chromium.pdf", built)


@pytest.fixture(scope="session")
def prose_pdf(built: Path) -> Path:
    """A report page that names the form and two of its labels but holds no table."""
    html = built / "prose.html"
    html.write_text(
        "<html><meta charset='utf-8'><body><p>本单位已完成绩效自评，自评表见附件。</p>"
        "<p>项目名称与年度总体目标均按批复填写。</p></body></html>",
        encoding="utf-8",
    )
    return print_html(html, built / "prose.pdf", built)


@pytest.fixture(scope="session")
def headed_pdf(built: Path) -> Path:
    """A bordered table under a running header, the form title and the year, printed by Chromium."""
    html = built / "headed.html"
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>"
        for a, b in [("项目名称", "示例项目"), ("主管部门", "示例局")]
    )
    html.write_text(
        "<html><meta charset='utf-8'><style>table{border-collapse:collapse}"
        "td{border:1px solid #000;padding:4px}</style><body><p>内部资料 注意保存</p>"
        "<h3>项目支出绩效自评表</h3><p>（2023年度）</p>"
        f"<table>{rows}</table></body></html>",
        encoding="utf-8",
    )
    return print_html(html, built / "headed.pdf", built)


@pytest.fixture(scope="session")
def two_tables_pdf(built: Path) -> Path:
    """Two bordered tables on one page, each under its own title (two small forms on a page)."""
    html = built / "two.html"
    table = (
        "<h3>项目支出绩效自评表</h3><table><tr><td>项目名称</td><td>{}</td></tr>"
        "<tr><td>年度资金总额</td><td>{}</td></tr></table>"
    )
    html.write_text(
        "<html><meta charset='utf-8'><style>table{border-collapse:collapse;margin:20px}"
        "td{border:1px solid #000;padding:4px}</style><body>"
        + table.format("甲项目", "10.00")
        + table.format("乙项目", "20.00")
        + "</body></html>",
        encoding="utf-8",
    )
    return print_html(html, built / "two.pdf", built)


def print_html(html: Path, out: Path, built: Path) -> Path:
    """Print an HTML file to PDF with headless Chromium (skips the test when it is missing)."""
    if CHROMIUM is None:
        pytest.skip("chromium not installed")
    profile = built / "chromium-profile"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={out}",
        html.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    if not out.exists():
        pytest.skip("chromium could not print the fixture")
    return out


def encrypted_pdf_bytes() -> bytes:
    """A one-page PDF whose Standard security handler rejects the empty password."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >>",
    ]
    ident = b"ab" * 16
    return _pdf(objects, b" /Encrypt 4 0 R /ID [<%s><%s>]" % (ident, ident))


def unmapped_font_pdf_bytes() -> bytes:
    """A ruled 2×2 table whose text uses a CID font with no ToUnicode map, as 公文 systems print."""
    content = b"BT /F1 12 Tf 50 150 Td <0010002000300040005000600070> Tj ET\n"
    content += b"1 w 40 100 m 200 100 l S 40 180 m 200 180 l S 40 100 m 40 180 l S "
    content += b"200 100 m 200 180 l S 120 100 m 120 180 l S 40 140 m 200 140 l S\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    return _pdf(objects, b"")


def _pdf(objects: list[bytes], trailer_extra: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
