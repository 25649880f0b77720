"""HTML reader: spans, line breaks, nested tables, charsets, Word-exported pages, no table."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.readers.base import UnreadableInput
from jixiao.readers.html import decode_html, html_tables, load_html, read_html

from .kit import FIXTURES, cells, texts

PAGE = """<html><head><meta charset="utf-8"></head><body>
<p>项目支出绩效自评表</p><p>（2023年度）</p>
<table>
<thead><tr><th rowspan="3">绩效指标</th><th>一级指标</th><th colspan="2">指标值</th></tr></thead>
<tbody>
<tr><td rowspan=2>产出指标</td><td>培训<br>人数</td><td>≥300人次</td></tr>
<tr><td>  合格率 &nbsp; </td><td><table><tr><td>内</td></tr></table></td>
<td><p>第一段</p><p>第二段</p></td></tr>
</tbody></table></body></html>"""


def test_spans_expand_into_the_grid() -> None:
    table = html_tables(PAGE)[0]
    found = cells(table)
    assert found["表格1 R1C1"] == ("绩效指标", 3, 1)
    assert found["表格1 R1C3"] == ("指标值", 1, 2)
    assert found["表格1 R2C2"] == ("产出指标", 2, 1)
    assert found["表格1 R2C3"] == ("培训\n人数", 1, 1)
    assert found["表格1 R3C3"] == ("合格率", 1, 1)
    assert found["表格1 R3C5"] == ("第一段\n第二段", 1, 1)
    grid = texts(table)
    assert grid[-1][:3] == ["绩效指标", "产出指标", "合格率"]


def test_heading_rows_and_nested_table() -> None:
    tables = html_tables(PAGE)
    assert texts(tables[0])[:2] == [["项目支出绩效自评表"] * 5, ["（2023年度）"] * 5]
    assert [t.label for t in tables] == ["表格1", "表格2"]
    assert texts(tables[1]) == [["内"]]
    assert "表格1 R3C4" not in cells(tables[0])  # the cell holding only the nested table


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<style><!-- p.MsoNormal {mso-style-parent:""} --></style></head>
<body lang=ZH-CN><div class=WordSection1>
<table class=MsoTableGrid border=1 style='mso-table-layout-alt:fixed'>
<![if !supportMisalignedColumns]><tr height=0><td width=60 style='border:none'></td></tr><![endif]>
<tr style='mso-yfti-irow:0'><td width=60 rowspan=2 style='mso-border-alt:solid'>
<p class=MsoNormal><span lang=EN-US>项目名称<o:p></o:p></span></p></td>
<td width=200><p class=MsoNormal>测试项目<span lang=EN-US>（䶮）</span></p></td></tr>
<tr><td><p class=MsoNormal><span lang=EN-US>4,100.00<o:p>&nbsp;</o:p></span></p></td></tr>
</table></div></body></html>"""


def test_word_exported_gb2312_page_is_decoded_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "word.htm"
    path.write_bytes(WORD_HTML.encode("gb18030"))  # 䶮 is outside GB2312 and GBK
    table = read_html(path)[0]
    values = [c.text for row in table.rows for c in row if c]
    assert values == ["项目名称", "测试项目（䶮）", "4,100.00"]
    assert cells(table)["表格1 R2C1"] == ("项目名称", 2, 1)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ('<meta charset="GBK"><p>项目</p>'.encode("gb18030"), "项目"),
        ("<html>项目名称</html>".encode("utf-8-sig"), "项目名称"),
        ("<html>项目名称</html>".encode("utf-16"), "项目名称"),
        ('<?xml version="1.0" encoding="gb2312"?><html>项目</html>'.encode("gb18030"), "项目"),
        (
            "<html><p>没有声明编码的中文网页，项目支出绩效自评表</p></html>".encode("gb18030"),
            "项目支出",
        ),
        ("<html><p>项目</p></html>".encode("gb18030"), "项目"),
        ("<html><p>café crème brûlée</p></html>".encode("cp1252"), "café"),
    ],
)
def test_decode_html(data: bytes, text: str) -> None:
    assert text in decode_html(data)


def test_xhtml_with_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><table><tr><td>甲</td></tr></table>'
    assert texts(html_tables(page)[0]) == [["甲"]]


def test_page_without_table(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>通知</p></body></html>", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="网页中没有表格"):
        read_html(path)


def test_empty_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"  \n")
    with pytest.raises(UnreadableInput, match="空文件"):
        read_html(path)


def test_huge_spans_are_capped() -> None:
    page = (
        '<table><tr><td colspan="99999999" rowspan="5000">甲</td></tr><tr><td>乙</td></tr></table>'
    )
    table = html_tables(page)[0]
    assert cells(table)["表格1 R1C1"] == ("甲", 2, 200)


def test_span_bomb_table_is_skipped_with_a_finding(tmp_path: Path) -> None:
    row = "<tr>" + '<td colspan="200" rowspan="200">x</td>' * 50 + "</tr>"
    [table] = html_tables("<table>" + row * 200 + "</table>")
    assert table.rows == ()
    assert [f.message for f in table.findings] == [
        "网页中的表格1过大（超过 500000 个单元格），无法读取，已跳过，请核对原文件（R1）"
    ]
    path = tmp_path / "bomb.html"
    path.write_text("<table>" + row * 200 + "</table>", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="网页中没有找到绩效自评表（网页中的表格1过大"):
        load_html(path)


def test_fixture_page_loads_its_form() -> None:
    tables = read_html(FIXTURES / "seed.html")
    assert cells(tables[0])["表格1 R6C1"] == ("项目资金（万元）", 5, 1)
    forms = load_html(FIXTURES / "seed.html")
    assert forms[0].form.project.name == "中关村特色园区建设及专业服务能力提升支持资金项目"
