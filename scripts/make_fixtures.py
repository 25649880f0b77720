"""Regenerate tests/data/fixtures/: example forms in the official layout, made by real producers.

One grid (rows of merged cells) per form is written as HTML, as .xlsx (openpyxl: merges, percent
cells stored as 0.5302 shown 53.02%) and as .docx (python-docx: merges); LibreOffice headless turns
them into .xls/.doc/.pdf and Chromium headless prints the HTML to .pdf. Next to each fixture lies
``<stem>.expected.json``: the list of forms it holds.
Run: ``.venv/bin/python scripts/make_fixtures.py``.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "fixtures"
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "data" / "golden"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_bad import (  # noqa: E402 — the helpers live next to this script
    break_second_table_span,
    cut_in_half,
    damage_member,
    write_bad_inputs,
)
from fixture_layouts import (  # noqa: E402
    NCOLS,
    GCell,
    Grid,
    anhui_grid,
    national_grid,
    placed_cells,
    print_layout,
    sichuan_grid,
    width,
)
from fixture_word_html import word_html_page  # noqa: E402


def load_form(name: str) -> dict[str, Any]:
    """An example form with Decimal numbers and without reader sources."""
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"), parse_float=Decimal)
    data.pop("sources", None)
    return data


def write_expected(stem: str, forms: list[dict[str, Any]]) -> None:
    text = json.dumps(forms, ensure_ascii=False, indent=1, default=str)
    (OUT / f"{stem}.expected.json").write_text(text + "\n", encoding="utf-8")


def place(grid: Grid) -> list[tuple[int, int, GCell]]:
    """(row, column, cell) of each cell, skipping slots that rowspans above took (as HTML does)."""
    return placed_cells(grid)


# ---------------------------------------------------------------- HTML
_CSS = (
    "body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}"
    "table{border-collapse:collapse;width:100%}td{border:1px solid #000;padding:2px}"
    ".pb{page-break-before:always}"
)


def html_table(grid: Grid) -> str:
    rows = []
    for row in grid:
        tds = "".join(
            f"<td{f' rowspan={c.rowspan}' if c.rowspan > 1 else ''}"
            f"{f' colspan={c.colspan}' if c.colspan > 1 else ''}>{html.escape(c.text)}</td>"
            for c in row
        )
        rows.append(f"<tr>{tds}</tr>")
    return "<table>\n" + "\n".join(rows) + "\n</table>"


def html_page(body: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>绩效自评表</title>'
        f"<style>{_CSS}</style></head><body>\n{body}\n</body></html>\n"
    )


# ---------------------------------------------------------------- XLSX (openpyxl)
def _number_format(value: Decimal, suffix: str) -> str:
    """The Excel format that shows the value with its printed decimals (4100.000000, 53.02%)."""
    places = max(0, -int(value.as_tuple().exponent))
    return ("0." + "0" * places if places else "0") + suffix


def xlsx_put(ws: Any, grid: Grid, top: int, left: int, numbers_as_text: bool = False) -> int:
    """Write the grid with its merges at 1-based (top, left); return the next free row."""
    from openpyxl.styles import Alignment

    for r, c, cell in place(grid):
        row, col = top + r, left + c
        target = ws.cell(row=row, column=col)
        if cell.percent is not None and not numbers_as_text:
            target.value = float(cell.percent / 100)
            target.number_format = _number_format(cell.percent, "%")
        elif cell.number is not None and not numbers_as_text:
            target.value = float(cell.number)
            target.number_format = _number_format(cell.number, "")
        else:
            target.value = cell.text or None
            if cell.text.startswith("="):
                # Typed in Excel, "=2册" needs a leading ' to stay text (quotePrefix); openpyxl
                # would store it as a formula that Excel and LibreOffice show as #NAME?.
                target.data_type = "s"
                target.quotePrefix = True
        target.alignment = Alignment(wrap_text=True, vertical="center")
        if cell.rowspan > 1 or cell.colspan > 1:
            ws.merge_cells(
                start_row=row,
                start_column=col,
                end_row=row + cell.rowspan - 1,
                end_column=col + cell.colspan - 1,
            )
    return top + len(grid)


# ---------------------------------------------------------------- DOCX (python-docx)
_WIDTHS_MM = (16, 18, 22, 30, 46, 46, 12, 12, 40)


def new_document() -> Any:
    """A landscape A4 document in 8 pt, so a form takes one or two pages as printed forms do."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    doc.styles["Normal"].font.size = Pt(8)
    return doc


def docx_put(doc: Any, grid: Grid) -> None:
    """Append the grid as a Word table, merging horizontally and vertically."""
    from docx.shared import Mm

    ncols = width(grid)
    widths = _WIDTHS_MM if ncols == len(_WIDTHS_MM) else (267 // ncols,) * ncols
    table = doc.add_table(rows=len(grid), cols=ncols)
    table.style = "Table Grid"
    table.autofit = False
    for row in table.rows:
        for mm, cell in zip(widths, row.cells, strict=True):
            cell.width = Mm(mm)
    for r, c, cell in place(grid):
        top_left = table.cell(r, c)
        if cell.rowspan > 1 or cell.colspan > 1:
            top_left = top_left.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
        top_left.text = cell.text


def prose(n: int) -> str:
    """A page's worth of our own filler prose (not a form)."""
    line = f"第{n}页　本部分为年度工作报告的正文，说明工作安排、组织实施和管理制度等情况。"
    return line * 6


# ---------------------------------------------------------------- converters
def soffice(files: list[Path], fmt: str, outdir: Path) -> None:
    """Convert many files in one LibreOffice call with a private profile (STACK.md gotcha)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        sys.exit("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui …")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
        cmd += ["--convert-to", fmt, "--outdir", str(outdir), *map(str, files)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)


def word97(files: list[Path], outdir: Path) -> None:
    """.docx → .doc through .odt: LibreOffice 7.4 drops the tables when it writes .doc straight
    from .docx, but keeps them from its own format."""
    with tempfile.TemporaryDirectory() as odt:
        soffice(files, "odt", Path(odt))
        soffice([Path(odt) / f"{f.stem}.odt" for f in files], "doc", outdir)


def chromium_pdf(source: Path, target: Path) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        sys.exit("Chromium is not installed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
        cmd += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
        cmd += [f"--user-data-dir={profile}", "--no-pdf-header-footer"]
        cmd += [f"--print-to-pdf={target}", source.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)


# ---------------------------------------------------------------- the fixtures
def build(work: Path) -> None:
    from docx.enum.text import WD_BREAK
    from openpyxl import Workbook

    seed, clean = load_form("seed-2021-zgc.json"), load_form("clean-2023.json")
    forms = {"seed": seed, "clean": clean}
    grids = {k: national_grid(f) for k, f in forms.items()}

    # HTML → Chromium PDF and LibreOffice PDF (from the .docx below)
    for key in forms:
        (OUT / f"{key}.html").write_text(html_page(html_table(grids[key])), encoding="utf-8")
        write_expected(key, [forms[key]])

    # A Word "Save as Web Page" (GB2312, mso- styles, title as paragraphs above the table)
    (OUT / "clean-word.html").write_bytes(word_html_page(grids["clean"], NCOLS))
    write_expected("clean-word", [clean])

    # XLSX: one form at A1, one at C6 under a note, two in one sheet, numbers as text, 2 sheets
    for key in forms:
        wb = Workbook()
        xlsx_put(wb.active, grids[key], 1, 1)
        wb.save(OUT / f"{key}.xlsx")
        write_expected(key, [forms[key]])
    wb = Workbook()
    wb.active["A1"] = "附件2"
    xlsx_put(wb.active, grids["seed"], 6, 3)
    wb.save(OUT / "seed-offset-C6.xlsx")
    write_expected("seed-offset-C6", [seed])
    wb = Workbook()
    nxt = xlsx_put(wb.active, grids["seed"], 1, 1)
    xlsx_put(wb.active, grids["clean"], nxt + 3, 1)
    wb.save(OUT / "two-forms-one-sheet.xlsx")
    write_expected("two-forms-one-sheet", [seed, clean])
    wb = Workbook()
    xlsx_put(wb.active, grids["clean"], 1, 1, numbers_as_text=True)
    wb.save(OUT / "clean-numbers-as-text.xlsx")
    write_expected("clean-numbers-as-text", [clean])
    wb = Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "本工作簿第二、三张工作表为项目支出绩效自评表。"
    wb.create_sheet("空表")
    xlsx_put(wb.create_sheet("自评表1"), grids["clean"], 1, 1)
    xlsx_put(wb.create_sheet("自评表2"), grids["seed"], 2, 2)
    wb.save(OUT / "workbook-sheets.xlsx")
    write_expected("workbook-sheets", [clean, seed])

    # DOCX: one form each, two forms in one document, the 30-page report with forms on pp. 12-14
    for key in forms:
        doc = new_document()
        docx_put(doc, grids[key])
        doc.save(OUT / f"{key}.docx")
    doc = new_document()
    docx_put(doc, grids["clean"])
    doc.add_paragraph("")
    docx_put(doc, grids["seed"])
    doc.save(OUT / "two-forms.docx")
    write_expected("two-forms", [clean, seed])
    doc = new_document()
    for n in range(1, 12):
        doc.add_paragraph(prose(n))
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    docx_put(doc, grids["seed"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    docx_put(doc, grids["clean"])
    for n in range(15, 31):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph(prose(n))
    doc.save(work / "report-30-pages.docx")
    write_expected("report-30-pages", [seed, clean])

    # One damaged part beside a good one: the good form is read, the damage is a finding.
    sheet2 = "xl/worksheets/sheet4.xml"  # 自评表2, the fourth sheet
    damage_member(OUT / "workbook-sheets.xlsx", sheet2, cut_in_half, OUT / "damaged-sheet.xlsx")
    write_expected("damaged-sheet", [clean])
    body = "word/document.xml"
    damage_member(OUT / "two-forms.docx", body, break_second_table_span, OUT / "broken-table.docx")
    write_expected("broken-table", [clean])

    # LibreOffice: .xls from the .xlsx, .doc from the .docx, .pdf from both
    soffice([OUT / "seed.xlsx", OUT / "two-forms-one-sheet.xlsx"], "xls", OUT)
    word97([OUT / "seed.docx", OUT / "clean.docx"], OUT)
    soffice([OUT / "seed.docx", OUT / "clean.docx", work / "report-30-pages.docx"], "pdf", OUT)
    # Calc printouts without borders: clean.xlsx as saved (its rows too low for the wrapped text,
    # so lines overlap: unreadable, refused) and a copy laid out for printing (columns wide
    # enough for one line per cell, landscape, fitted to the page width): read from positions.
    soffice([OUT / "clean.xlsx"], "pdf", work)
    (work / "clean.pdf").rename(OUT / "bad" / "calc-clipped.pdf")
    wb = Workbook()
    xlsx_put(wb.active, grids["clean"], 1, 1)
    print_layout(wb.active, grids["clean"])
    wb.save(work / "clean-print.xlsx")
    soffice([work / "clean-print.xlsx"], "pdf", work)
    (work / "clean-print.pdf").rename(OUT / "clean-calc.pdf")
    write_expected("clean-calc", [clean])
    chromium_pdf(OUT / "clean.html", OUT / "clean-chromium.pdf")
    write_expected("clean-chromium", [clean])
    for key in ("two-forms-one-sheet",):
        write_expected(key, [seed, clean])


def full_form(golden: str) -> dict[str, Any]:
    """A whole form dict (every field, numbers as strings) from the facts in a corpus golden."""
    from jixiao.model.form import Form

    data = json.loads((GOLDEN / f"{golden}.json").read_text(encoding="utf-8"))[0]
    form = Form.model_validate(data).model_dump(mode="json", by_alias=True)
    form.pop("sources")
    return form


def build_corpus_facts(work: Path) -> None:
    """Forms rebuilt from corpus facts in their own region's layout (our layout, no corpus text)."""
    from openpyxl import Workbook

    facts = {
        "sichuan-004": sichuan_grid(full_form("004")),
        "anhui-009": anhui_grid(full_form("009")),
        "national-050": national_grid(full_form("050")),
    }
    sources = {"sichuan-004": "004", "anhui-009": "009", "national-050": "050"}
    docx_files = []
    for stem, grid in facts.items():
        write_expected(stem, [full_form(sources[stem])])
        (OUT / f"{stem}.html").write_text(html_page(html_table(grid)), encoding="utf-8")
        book = Workbook()
        xlsx_put(book.active, grid, 1, 1)
        book.save(OUT / f"{stem}.xlsx")
        doc = new_document()
        docx_put(doc, grid)
        doc.save(OUT / f"{stem}.docx")
        docx_files.append(OUT / f"{stem}.docx")
    word97([OUT / "anhui-009.docx"], OUT)
    soffice(docx_files, "pdf", OUT)
    # The Sichuan form printed from Calc without borders: headings merged over two columns.
    book = Workbook()
    xlsx_put(book.active, facts["sichuan-004"], 1, 1)
    print_layout(book.active, facts["sichuan-004"])
    book.save(work / "sichuan-004-calc.xlsx")
    soffice([work / "sichuan-004-calc.xlsx"], "pdf", OUT)
    write_expected("sichuan-004-calc", [full_form("004")])
    # A GB2312-declared page encoded as GB18030 (STACK.md: decode gb2312/gbk as gb18030).
    page = html_page(html_table(facts["anhui-009"])).replace('charset="utf-8"', 'charset="gb2312"')
    (OUT / "anhui-009-gb2312.html").write_bytes(page.encode("gb18030"))
    write_expected("anhui-009-gb2312", [full_form("009")])


def build_scanned(work: Path) -> None:
    """An image-only PDF of clean.pdf's page (no text layer): must become a needs-OCR finding."""
    png = work / "scan"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(OUT / "clean.pdf"), str(png)],
        check=True,
        timeout=60,
    )
    from docx.shared import Mm

    doc = new_document()
    doc.add_picture(str(png.with_suffix(".png")), width=Mm(260))
    doc.save(work / "scanned.docx")
    soffice([work / "scanned.docx"], "pdf", OUT / "bad")


# The password of the locked fixtures; the readers must refuse them, not try passwords.
PASSWORD = "jixiao"


def build_locked(work: Path) -> None:
    """A PDF with an open password (LibreOffice's PDF export), and workbooks and Word files saved
    with a password (LibreOffice's Save with password, over UNO: scripts/fixture_password.py)."""
    from docx.shared import Pt

    doc = new_document()
    run = doc.add_paragraph().add_run("项目支出绩效自评表（加密示例）")
    run.font.size = Pt(14)
    doc.save(work / "encrypted.docx")
    options = json.dumps(
        {
            "EncryptFile": {"type": "boolean", "value": "true"},
            "DocumentOpenPassword": {"type": "string", "value": PASSWORD},
        }
    )
    soffice([work / "encrypted.docx"], f"pdf:writer_pdf_Export:{options}", OUT / "bad")
    uno_python = Path("/usr/bin/python3")
    script = Path(__file__).resolve().parent / "fixture_password.py"
    for filter_name, source, suffix in (
        ("Calc MS Excel 2007 XML", OUT / "clean.xlsx", "xlsx"),
        ("MS Excel 97", OUT / "clean.xlsx", "xls"),
        ("MS Word 2007 XML", work / "encrypted.docx", "docx"),
        ("MS Word 97", work / "encrypted.docx", "doc"),
    ):
        target = OUT / "bad" / f"password.{suffix}"
        cmd = [str(uno_python), str(script), PASSWORD, filter_name, str(source)]
        subprocess.run([*cmd, str(target)], check=True, capture_output=True, timeout=180)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        build(Path(work))
        build_corpus_facts(Path(work))
        write_bad_inputs(OUT / "bad", OUT / "clean.xlsx", (OUT / "clean.html").read_text())
        build_scanned(Path(work))
        build_locked(Path(work))
    files = sorted(p for p in OUT.rglob("*") if p.is_file())
    total = sum(p.stat().st_size for p in files)
    for p in files:
        print(f"{p.stat().st_size:>9}  {p.relative_to(OUT)}")
    print(f"{total:>9}  total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
