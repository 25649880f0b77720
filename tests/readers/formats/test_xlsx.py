"""Excel reader: sheets, merges, offsets, shown text and sources; bad workbooks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from jixiao.readers.base import UnreadableInput
from jixiao.readers.limits import Limits
from jixiao.readers.xlsx import load_xlsx, read_xlsx, shown_text

from .kit import FIXTURES, cells, needs_soffice, ole_file, soffice_convert, texts


def _form_book(path: Path) -> Path:
    """A small form starting at C6 under a note, with merges and number formats."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "自评"
    sheet["A1"] = "附件"
    sheet["C6"] = "项目支出绩效自评表"
    sheet.merge_cells("C6:F6")
    sheet["C7"] = "项目资金（万元）"
    sheet.merge_cells("C7:C8")
    sheet["D7"] = "全年预算数"
    sheet["E7"] = "执行率"
    sheet["F7"] = "得分"
    sheet["D8"] = 4100
    sheet["D8"].number_format = "#,##0.00"
    sheet["E8"] = 0.5302
    sheet["E8"].number_format = "0.00%"
    sheet["F8"] = "5.30"  # a number stored as text stays as written
    book.create_sheet("空表")
    second = book.create_sheet("第二张")
    second["B2"] = 1467.62
    second["C2"] = 3.0
    book.save(path)
    return path


def test_form_at_c6_keeps_cells_spans_and_sources(tmp_path: Path) -> None:
    tables = read_xlsx(_form_book(tmp_path / "form.xlsx"))
    assert [t.label for t in tables] == ["自评", "第二张"]  # the empty sheet is skipped
    found = cells(tables[0])
    assert found["自评!A1"] == ("附件", 1, 1)
    assert found["自评!C6"] == ("项目支出绩效自评表", 1, 4)
    assert found["自评!C7"] == ("项目资金（万元）", 2, 1)
    assert found["自评!D8"] == ("4,100.00", 1, 1)
    assert found["自评!E8"] == ("53.02%", 1, 1)
    assert found["自评!F8"] == ("5.30", 1, 1)


def test_raw_keeps_the_stored_number(tmp_path: Path) -> None:
    table = read_xlsx(_form_book(tmp_path / "form.xlsx"))[0]
    by_cell = {c.source.cell: c for row in table.rows for c in row if c}
    assert by_cell["自评!E8"].raw == "0.5302"
    assert by_cell["自评!D8"].raw == "4100"
    assert by_cell["自评!F8"].raw is None


def test_covered_positions_are_none_and_show_the_merge(tmp_path: Path) -> None:
    table = read_xlsx(_form_book(tmp_path / "form.xlsx"))[0]
    grid = texts(table)
    # Rows start at A1 here because A1 holds a note; C6 is row 5, column 2.
    assert table.rows[5][3] is None
    assert grid[5][2:6] == ["项目支出绩效自评表"] * 4
    assert grid[7][2] == "项目资金（万元）"


def test_sheet_not_starting_at_a1(tmp_path: Path) -> None:
    table = read_xlsx(_form_book(tmp_path / "form.xlsx"))[1]
    assert table.height == 1
    assert [c.source.cell for c in table.rows[0] if c] == ["第二张!B2", "第二张!C2"]
    assert [c.text for c in table.rows[0] if c] == ["1467.62", "3"]


@pytest.mark.parametrize(
    ("value", "code", "shown", "raw"),
    [
        (0.5302, "0.00%", "53.02%", "0.5302"),
        (10.0, None, "10", None),
        (True, None, "TRUE", None),
        ("  项目名称 ", None, "项目名称", None),
        ("53.02%", "0.00%", "53.02%", None),
    ],
)
def test_shown_text(value: object, code: str | None, shown: str, raw: str | None) -> None:
    assert shown_text(value, code) == (shown, raw)


def test_fixture_workbook_sheets_with_offset_form() -> None:
    tables = read_xlsx(FIXTURES / "workbook-sheets.xlsx")
    assert [t.label for t in tables] == ["说明", "自评表1", "自评表2"]
    found = cells(tables[2])
    assert found["自评表2!B2"][0] == "项目支出绩效自评表"
    assert found["自评表2!I8"][0] == "53.02%"


def test_fixture_workbook_loads_two_forms() -> None:
    forms = load_xlsx(FIXTURES / "workbook-sheets.xlsx")
    assert len(forms) == 2


def test_fixture_xls_reads_formats() -> None:
    table = read_xlsx(FIXTURES / "seed.xls")[0]
    found = cells(table)
    assert found["Sheet!A1"] == ("项目支出绩效自评表", 1, 9)
    assert found["Sheet!H7"][0] == "53.02%"


@needs_soffice
def test_xls_made_by_libreoffice(tmp_path: Path) -> None:
    xls = soffice_convert(_form_book(tmp_path / "form.xlsx"), "xls", tmp_path / "out")
    tables = read_xlsx(xls)
    found = cells(tables[0])
    assert found["自评!C6"] == ("项目支出绩效自评表", 1, 4)
    assert found["自评!C7"] == ("项目资金（万元）", 2, 1)
    assert found["自评!E8"][0] == "53.02%"


def test_xlsx_with_wrong_suffix_is_read_by_content(tmp_path: Path) -> None:
    path = _form_book(tmp_path / "form.xlsx").rename(tmp_path / "form.doc")
    assert read_xlsx(path)[0].label == "自评"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04" + b"junk" * 100, "不是 Excel"),
        ("项目名称 测试".encode(), "不是 Excel"),
        (b"%PDF-1.4\n", "不是 Excel"),
    ],
)
def test_not_a_workbook(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableInput, match=message):
        read_xlsx(path)


def test_password_workbook(tmp_path: Path) -> None:
    path = ole_file(tmp_path / "locked.xlsx", "EncryptionInfo", "EncryptedPackage")
    with pytest.raises(UnreadableInput, match="密码保护"):
        read_xlsx(path)


def test_damaged_xls_is_unreadable(tmp_path: Path) -> None:
    path = ole_file(tmp_path / "broken.xls", "Workbook")
    with pytest.raises(UnreadableInput, match="已损坏"):
        read_xlsx(path)


def test_zip_bomb_workbook(tmp_path: Path) -> None:
    path = _form_book(tmp_path / "form.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/filler.bin", b"\x00" * 3 * 1024 * 1024)
    with pytest.raises(UnreadableInput, match="压缩炸弹"):
        read_xlsx(path, Limits(max_unzipped_bytes=1024 * 1024))


def test_too_many_sheets(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="工作表过多"):
        read_xlsx(_form_book(tmp_path / "form.xlsx"), Limits(max_sheets=2))


def test_workbook_with_only_empty_sheets_has_no_tables(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    assert read_xlsx(path) == []
    with pytest.raises(UnreadableInput, match="没有找到绩效自评表"):
        load_xlsx(path)


def test_html_table_saved_as_xls_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><table><tr><td>项目名称</td><td>测试</td></tr></table>", "gb18030")
    assert texts(read_xlsx(path)[0]) == [["项目名称", "测试"]]


def test_cell_formats_without_references() -> None:
    from jixiao.readers.xlsx_styles import _cell_formats, column_letters

    xml = (
        b'<sheetData><row r="3"><c s="1"><v>1</v></c><c r="D3" s="2"/><c s="1"/></row>'
        b'<row><c s="1"/></row><rowBreaks/><cols/></sheetData>'
    )
    assert _cell_formats(xml, {1: "0.00%"}) == {(2, 0): "0.00%", (2, 4): "0.00%", (3, 0): "0.00%"}
    assert [column_letters(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_formula_without_cached_value_shows_its_text(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "年度指标值"
    sheet["B1"] = "=2册"  # openpyxl stores this as a formula and no value
    sheet["C1"] = "=1+1"
    path = tmp_path / "formula.xlsx"
    book.save(path)
    assert texts(read_xlsx(path)[0]) == [["年度指标值", "=2册", "=1+1"]]


def test_cached_formula_value_wins(tmp_path: Path) -> None:
    from jixiao.readers.xlsx_styles import _uncached_formula

    xml = b'<c r="B1"><f>1+1</f><v>2</v></c><c r="C1"><f>2&#20876;</f><v/></c>'
    assert _uncached_formula(xml, xml.index(b"<f>")) is None
    assert _uncached_formula(xml, xml.index(b"<f>2")) == "=2册"
