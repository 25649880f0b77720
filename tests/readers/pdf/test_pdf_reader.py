"""The PDF reader on real PDFs: form pages found, merges kept, bad files refused in Chinese."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from jixiao.model.form import Form
from jixiao.model.jsonio import loads
from jixiao.readers.base import UnreadableInput
from jixiao.readers.grid.table import Cell, Table
from jixiao.readers.limits import Limits
from jixiao.readers.pdf import (
    BROKEN_PAGE_CODE,
    NEEDS_OCR_CODE,
    SCANNED_CODE,
    UNRULED_CODE,
    load_pdf,
    read_pdf,
    scan_pdf,
)
from jixiao.readers.pdf.survey import survey_pdf

from .conftest import encrypted_pdf_bytes, fixture, unmapped_font_pdf_bytes

SEED_NAME = "中关村特色园区建设及专业服务能力提升支持资金项目"
CLEAN_NAME = "基层预算绩效管理能力培训项目（示例）"
BOX = re.compile(r"^\d+,\d+,\d+,\d+$")


def find(table: Table, text: str) -> tuple[int, int, Cell]:
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell is not None and cell.text == text:
                return r, c, cell
    raise AssertionError(f"{text!r} not in {table.label}")


def test_one_page_form_keeps_merges_and_boxes() -> None:
    (table,) = read_pdf(fixture("clean.pdf"))
    assert (table.pages, table.label, table.width) == ((1,), "第1页", 9)
    r, c, title = find(table, "项目支出绩效自评表")
    assert (r, c, title.colspan) == (0, 0, 9)
    _, _, funds = find(table, "项目资金（万元）")
    assert funds.rowspan == 5
    _, _, total = find(table, "年度资金总额")
    assert total.colspan == 2
    assert total.source.page == 1 and BOX.match(total.source.cell or "")
    # the covered positions of a merged cell are empty, and show the merged text
    assert table.rows[r + 1][1:] == (None,) * 8
    assert table.text(r + 1, 5) == "（2023年度）"


def test_wrapped_lines_in_a_cell_stay_separate_lines() -> None:
    tables = read_pdf(fixture("seed.pdf"))
    texts = [cell.text for t in tables for row in t.rows for cell in row if cell]
    assert any("\n" in text and not text.startswith("\n") for text in texts)
    assert all(line == line.strip() for text in texts for line in text.split("\n"))


def test_form_over_two_pages_gives_one_table_per_page() -> None:
    tables = read_pdf(fixture("seed.pdf"))
    assert [t.pages for t in tables] == [(1,), (2,)]
    assert tables[1].text(tables[1].height - 1, 0) == "总分"


def test_30_page_report_reads_only_the_form_pages() -> None:
    path = fixture("report-30-pages.pdf")
    survey = survey_pdf(path)
    assert [p.number for p in survey if p.is_form] == [12, 14]
    assert [t.pages for t in read_pdf(path)] == [(12,), (13,), (14,)]


def test_load_pdf_reads_each_form_with_its_pages() -> None:
    forms = load_pdf(fixture("report-30-pages.pdf"))
    names = [read.form.project.name for read in forms]
    assert names[0] == SEED_NAME and CLEAN_NAME in names
    assert forms[0].label is not None and "12" in forms[0].label and "13" in forms[0].label


def test_chromium_radicals_are_read_as_the_ideographs_shown(chromium_pdf: Path) -> None:
    (table,) = read_pdf(chromium_pdf)
    texts = {cell.text for row in table.rows for cell in row if cell}
    assert {"项目名称", "主管部门", "年度资金总额"} <= texts
    assert not any(re.search(r"[\u2e80-\u2fdf]", text) for text in texts)


def test_title_and_year_above_the_table_become_full_width_rows(headed_pdf: Path) -> None:
    (table,) = read_pdf(headed_pdf)
    first = [row[0].text if row[0] else None for row in table.rows]
    assert first == ["项目支出绩效自评表", "（2023年度）", "项目名称", "主管部门"]
    title = table.rows[0][0]
    assert title is not None and title.colspan == table.width == 2
    assert title.source.page == 1 and BOX.match(title.source.cell or "")


def test_two_tables_on_a_page_are_two_tables_with_their_titles(two_tables_pdf: Path) -> None:
    first, second = read_pdf(two_tables_pdf)
    assert (first.label, second.label) == ("第1页表1", "第1页表2")
    assert first.pages == second.pages == (1,)
    assert [first.text(r, 1) for r in range(1, 3)] == ["甲项目", "10.00"]
    assert [second.text(r, 1) for r in range(1, 3)] == ["乙项目", "20.00"]
    assert first.text(0, 0) == second.text(0, 0) == "项目支出绩效自评表"


def test_scanned_pdf_is_refused_with_a_scan_message(scanned_pdf: Path) -> None:
    with pytest.raises(UnreadableInput, match="扫描件，没有文字层，需要人工录入或 OCR"):
        load_pdf(scanned_pdf)


def test_scanned_page_beside_a_form_is_a_finding(clean_then_scan_pdf: Path) -> None:
    scan = scan_pdf(clean_then_scan_pdf)
    assert [t.pages for t in scan.tables] == [(1,)]
    (finding,) = [f for f in scan.findings if f.code == SCANNED_CODE]
    assert finding.source is not None and finding.source.page == 2
    assert "第2页" in finding.message and "扫描件" in finding.message
    forms = load_pdf(clean_then_scan_pdf)
    assert all(SCANNED_CODE in {f.code for f in read.findings} for read in forms)


def test_unruled_page_whose_lines_overlap_is_reported_not_guessed() -> None:
    # clean.xlsx printed by Calc as saved: rows too low for their wrapped text, lines overlap
    with pytest.raises(UnreadableInput) as caught:
        load_pdf(fixture("bad/calc-clipped.pdf"))
    assert caught.value.message == "第1页的表格没有框线，无法按单元格读取，请核对或人工录入"
    scan = scan_pdf(fixture("bad/calc-clipped.pdf"))
    assert UNRULED_CODE in {f.code for f in scan.findings}


def test_prose_page_naming_the_form_is_not_a_form(prose_pdf: Path) -> None:
    scan = scan_pdf(prose_pdf)
    assert scan.tables == () and scan.findings == ()
    with pytest.raises(UnreadableInput, match="共 1 页，没有找到绩效自评表"):
        load_pdf(prose_pdf)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda data: encrypted_pdf_bytes(), "PDF 已加密"),
        (lambda data: data[: len(data) // 2], "PDF 文件已损坏"),
        (lambda data: data[:200], "PDF 文件已损坏"),
        (lambda data: b"%PDF-1.7\n" + bytes(range(256)) * 40, "PDF 文件已损坏"),
        (lambda data: "项目支出绩效自评表\n项目名称".encode(), "不是 PDF 文件"),
        (lambda data: b"PK\x03\x04" + data[4:], "不是 PDF 文件"),
        (lambda data: b"", "不是 PDF 文件"),
    ],
    ids=["encrypted", "half", "200-bytes", "garbage-body", "text", "zip-magic", "empty"],
)
def test_bad_files_are_refused_in_chinese(make, message: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.pdf"
    path.write_bytes(make(fixture("clean.pdf").read_bytes()))
    with pytest.raises(UnreadableInput, match=message):
        load_pdf(path)


def test_page_limit_is_configurable() -> None:
    with pytest.raises(UnreadableInput, match="共 30 页，超过上限 10 页"):
        read_pdf(fixture("report-30-pages.pdf"), Limits(max_pages=10))


def test_500_page_pdf_is_scanned_in_bounded_time(prose_500_pdf: Path) -> None:
    start = time.perf_counter()
    tables = read_pdf(prose_500_pdf)
    elapsed = time.perf_counter() - start
    assert [t.pages for t in tables] == [(250,)]
    assert elapsed < 10  # 100 pages must take < 10 s (issue 3); 500 here, with slack for CI


@pytest.mark.parametrize("stem", ["clean", "seed", "report-30-pages"])
def test_forms_match_the_fixture_expectations(stem: str) -> None:
    expected = [
        Form.model_validate(item)
        for item in loads(fixture(f"{stem}.expected.json").read_text(encoding="utf-8"))
    ]
    got = [read.form for read in load_pdf(fixture(f"{stem}.pdf"))]
    assert [f.model_dump(exclude={"sources"}) for f in got] == [
        f.model_dump(exclude={"sources"}) for f in expected
    ]


def test_values_are_traced_to_page_and_cell_box() -> None:
    (read,) = load_pdf(fixture("seed.pdf"))
    sources = read.form.sources
    assert sources["project.name"].page == 1
    assert {source.page for source in sources.values()} == {1, 2}
    assert all(BOX.match(source.cell or "") for source in sources.values())


def test_font_without_unicode_map_needs_ocr(tmp_path: Path) -> None:
    path = tmp_path / "cid.pdf"
    path.write_bytes(unmapped_font_pdf_bytes())
    scan = scan_pdf(path)
    assert [(f.code, f.source.page if f.source else None) for f in scan.findings] == [
        (NEEDS_OCR_CODE, 1)
    ]
    with pytest.raises(UnreadableInput, match="字体缺少编码表，文字无法识别，需要人工录入或 OCR"):
        load_pdf(path)


def test_a_page_pdfminer_cannot_parse_is_a_finding_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import jixiao.readers.pdf as reader

    real = reader.page_tables

    def broken_on_page_two(page, number):  # type: ignore[no-untyped-def]
        if number == 2:
            raise KeyError("bad xobject")
        return real(page, number)

    monkeypatch.setattr(reader, "page_tables", broken_on_page_two)
    scan = scan_pdf(fixture("seed.pdf"))
    assert [t.pages for t in scan.tables] == [(1,)]
    (finding,) = [f for f in scan.findings if f.code == BROKEN_PAGE_CODE]
    assert "第2页内容已损坏" in finding.message
