"""Word reader: merged cells as spans, nested and several tables, headings, .doc via LibreOffice."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import jixiao.readers.doc as doc_module
from jixiao.readers.base import UnreadableInput
from jixiao.readers.doc import NO_LIBREOFFICE, read_doc
from jixiao.readers.docx import load_docx, read_docx

from .kit import FIXTURES, cells, needs_soffice, ole_file, soffice_convert, texts


def _document(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("附件2")
    document.add_paragraph("项目支出绩效自评表")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "（2023年度）"
    table.cell(1, 0).merge(table.cell(3, 0)).text = "绩效指标"
    table.cell(1, 1).text = "一级指标"
    table.cell(1, 2).merge(table.cell(1, 3)).text = "指标值"
    table.cell(2, 1).merge(table.cell(3, 1)).text = "产出指标"
    cell = table.cell(2, 2)
    cell.text = "第一段"
    cell.add_paragraph("第二段")
    table.cell(3, 3).text = "≥95%"
    nested = table.cell(2, 3).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "内"
    nested.cell(0, 1).text = "表"
    document.add_paragraph("这是一段很长的正文。" * 10)
    second = document.add_table(rows=1, cols=2)
    second.cell(0, 0).text = "总分"
    second.cell(0, 1).text = "100"
    document.save(str(path))
    return path


def test_merges_become_spans(tmp_path: Path) -> None:
    tables = read_docx(_document(tmp_path / "form.docx"))
    found = cells(tables[0])
    assert found["表格1 R1C1"] == ("（2023年度）", 1, 4)
    assert found["表格1 R2C1"] == ("绩效指标", 3, 1)
    assert found["表格1 R2C3"] == ("指标值", 1, 2)
    assert found["表格1 R3C2"] == ("产出指标", 2, 1)
    assert found["表格1 R4C4"] == ("≥95%", 1, 1)


def test_paragraphs_join_with_newline_and_nested_table_is_its_own(tmp_path: Path) -> None:
    tables = read_docx(_document(tmp_path / "form.docx"))
    found = cells(tables[0])
    assert found["表格1 R3C3"] == ("第一段\n第二段", 1, 1)
    assert "表格1 R3C4" not in found  # holds only the nested table
    assert [t.label for t in tables] == ["表格1", "表格2", "表格3"]
    assert texts(tables[1]) == [["内", "表"]]
    assert texts(tables[2]) == [["总分", "100"]]


def test_heading_paragraphs_are_full_width_rows(tmp_path: Path) -> None:
    table = read_docx(_document(tmp_path / "form.docx"))[0]
    assert texts(table)[:2] == [["附件2"] * 4, ["项目支出绩效自评表"] * 4]
    assert table.rows[1][0] is not None and table.rows[1][0].source.cell == "表格1 表前第2段"
    assert texts(table)[3] == ["绩效指标", "一级指标", "指标值", "指标值"]
    assert texts(table)[5][:2] == ["绩效指标", "产出指标"]


def test_fixture_two_forms() -> None:
    tables = read_docx(FIXTURES / "two-forms.docx")
    assert len(tables) == 2
    assert cells(tables[1])["表格2 R3C2"][0] == "中关村特色园区建设及专业服务能力提升支持资金项目"
    assert len(load_docx(FIXTURES / "two-forms.docx")) == 2


def test_docx_without_form_tables(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    assert read_docx(path) == []
    with pytest.raises(UnreadableInput, match="没有找到绩效自评表"):
        load_docx(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"PK\x03\x04broken", "不是 Word"), ("项目名称".encode(), "不是 Word")],
)
def test_not_a_docx(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(UnreadableInput, match=message):
        read_docx(path)


def test_password_document(tmp_path: Path) -> None:
    path = ole_file(tmp_path / "locked.docx", "EncryptionInfo", "EncryptedPackage")
    with pytest.raises(UnreadableInput, match="密码保护"):
        read_docx(path)


@needs_soffice
def test_doc_through_libreoffice(tmp_path: Path) -> None:
    # docx → odt → doc: LibreOffice 7.4 drops tables when writing .doc straight from .docx.
    odt = soffice_convert(_document(tmp_path / "form.docx"), "odt", tmp_path / "odt")
    legacy = soffice_convert(odt, "doc", tmp_path / "doc")
    tables = read_doc(legacy)
    found = cells(tables[0])
    assert found["表格1 R2C1"] == ("绩效指标", 3, 1)
    assert found["表格1 R1C1"] == ("（2023年度）", 1, 4)


def test_docx_named_doc_is_read_directly(tmp_path: Path) -> None:
    path = _document(tmp_path / "form.docx").rename(tmp_path / "form.doc")
    assert cells(read_doc(path)[0])["表格1 R2C1"] == ("绩效指标", 3, 1)


def test_doc_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_module, "soffice_binary", lambda: None)
    path = ole_file(tmp_path / "form.doc", "WordDocument")
    with pytest.raises(UnreadableInput) as caught:
        read_doc(path)
    assert caught.value.message == NO_LIBREOFFICE


def test_doc_that_is_a_workbook(tmp_path: Path) -> None:
    path = ole_file(tmp_path / "form.doc", "Workbook")
    with pytest.raises(UnreadableInput, match="不是 Word"):
        read_doc(path)


def test_web_page_saved_as_doc_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "page.doc"
    path.write_text("<html><table><tr><td>总分</td><td>100</td></tr></table>", "utf-8")
    assert texts(read_doc(path)[0]) == [["总分", "100"]]


@needs_soffice
def test_rtf_saved_as_doc_goes_through_libreoffice(tmp_path: Path) -> None:
    path = tmp_path / "form.doc"
    path.write_text(
        "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\n\\trowd\\cellx2000\\cellx4000\n"
        "\\intbl Score\\cell \\intbl 100\\cell \\row\n}",
        "ascii",
    )
    assert texts(read_doc(path)[0]) == [["Score", "100"]]


def test_cells_inside_content_controls(tmp_path: Path) -> None:
    from lxml import etree

    from jixiao.readers.docx import document_tables

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        f'<w:document xmlns:w="{w}"><w:body><w:tbl>'
        "<w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc>"
        "<w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:tc></w:sdtContent></w:sdt></w:tr>"
        "<w:sdt><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>丁</w:t><w:br/><w:t>戊</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:sdtContent></w:sdt>"
        "</w:tbl></w:body></w:document>"
    )
    tables = document_tables(etree.fromstring(xml.encode()))
    assert texts(tables[0]) == [["甲", "乙"], ["丙", "丁\n戊"]]
    assert texts(tables[1]) == [["内"]]


@needs_soffice
def test_conversion_timeout_is_a_clear_message(tmp_path: Path) -> None:
    from jixiao.readers.limits import Limits

    path = tmp_path / "form.doc"
    path.write_text("{\\rtf1\\ansi \\trowd\\cellx2000 \\intbl A\\cell \\row}", "ascii")
    with pytest.raises(UnreadableInput, match="转换超时"):
        read_doc(path, Limits(convert_timeout_s=0.05))
