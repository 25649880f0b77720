"""Paragraphs around a table: heading above, 注 notes below, never a note as the next heading."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from jixiao.readers.around import heading_texts, is_note, note_texts
from jixiao.readers.docx import read_docx
from jixiao.readers.html import html_tables

from .kit import cells, texts


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("注：金额单位为万元", True),
        ("注1：见附件", True),
        ("说明: 略", True),
        ("备注：无", True),
        ("注意事项", False),
        ("项目支出绩效自评表", False),
    ],
)
def test_is_note(text: str, note: bool) -> None:
    assert is_note(text) is note


def test_heading_stops_at_a_note_and_at_body_text() -> None:
    assert heading_texts(["（2023年度）", "项目支出绩效自评表", "注：上表说明"]) == [
        "项目支出绩效自评表",
        "（2023年度）",
    ]
    assert heading_texts(["（2023年度）", "正文" * 40, "附件"]) == ["（2023年度）"]


def test_notes_are_only_note_paragraphs() -> None:
    assert note_texts(["", "注：单位万元", "注2：其他", "项目支出绩效自评表"]) == [
        "注：单位万元",
        "注2：其他",
    ]
    assert note_texts(["项目支出绩效自评表", "注：下一张表的"]) == []


def test_docx_note_stays_with_its_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "甲"
    document.add_paragraph("注：金额单位为万元")
    document.add_paragraph("项目支出绩效自评表（二）")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "乙"
    path = tmp_path / "two.docx"
    document.save(str(path))
    first, second = read_docx(path)
    assert texts(first)[-1] == ["注：金额单位为万元"] * 2
    assert cells(first)["表格1 表后第1段"][0] == "注：金额单位为万元"
    assert [row[0] for row in texts(second)] == ["项目支出绩效自评表（二）", "乙"]


def test_html_heading_beside_a_wrapper_div_and_note_below() -> None:
    page = (
        "<body><h2>项目支出绩效自评表</h2><p>（2023年度）</p>"
        "<div class=wrap><table><tr><td>甲</td><td>乙</td></tr></table></div>"
        "<p>注：金额单位为万元</p><p>正文</p></body>"
    )
    table = html_tables(page)[0]
    assert [row[0] for row in texts(table)] == [
        "项目支出绩效自评表",
        "（2023年度）",
        "甲",
        "注：金额单位为万元",
    ]
