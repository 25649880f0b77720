"""A damaged sheet or table beside good ones: the good forms are read, the damage is a finding."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from jixiao.model.finding import Severity, Source
from jixiao.model.form import Form
from jixiao.readers import UnreadableInput, read_path
from jixiao.readers.docx import read_docx
from jixiao.readers.grid import BROKEN_TABLE_CODE, broken_table, read_tables

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "fixtures"
CASES = [
    (
        "damaged-sheet.xlsx",
        "自评表2",
        "工作表“自评表2”已损坏，无法读取，已跳过，请核对原文件（R1）",
    ),
    (
        "broken-table.docx",
        "表格2",
        "文档中的表格2结构已损坏（gridSpan 的值“x”不是整数），无法读取，已跳过，请核对原文件（R1）",
    ),
]


def _expected(name: str) -> list[Form]:
    stem = name.rsplit(".", 1)[0]
    data = json.loads((FIXTURES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return [Form.model_validate(f) for f in data]


@pytest.mark.parametrize(("name", "where", "message"), CASES)
def test_good_form_read_and_the_damage_reported_where_it_is(
    name: str, where: str, message: str
) -> None:
    [read] = read_path(FIXTURES / name)
    assert [read.form.model_copy(update={"sources": {}})] == _expected(name)
    [finding] = read.findings
    assert (finding.code, finding.severity, finding.message) == (
        BROKEN_TABLE_CODE,
        Severity.WARNING,
        message,
    )
    assert finding.source is not None and finding.source.describe() == where


def test_a_workbook_whose_only_form_sheet_is_damaged_names_it(tmp_path: Path) -> None:
    source = FIXTURES / "damaged-sheet.xlsx"
    path = tmp_path / "only-damaged.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            # the good form sheet is emptied, so only the damaged one could have held a form
            if info.filename == "xl/worksheets/sheet3.xml":
                data = data[: data.index(b"<sheetData")] + b"<sheetData/></worksheet>"
            zout.writestr(info, data)
    with pytest.raises(UnreadableInput) as caught:
        read_path(path)
    assert caught.value.message == ("工作簿中没有找到绩效自评表（工作表“自评表2”已损坏，无法读取）")


def test_a_huge_span_in_a_word_table_is_a_finding_not_an_allocation(tmp_path: Path) -> None:
    path = tmp_path / "span.docx"
    with (
        zipfile.ZipFile(FIXTURES / "broken-table.docx") as zin,
        zipfile.ZipFile(path, "w") as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b'w:gridSpan w:val="x"', b'w:gridSpan w:val="99999999"')
            zout.writestr(info, data)
    [read] = read_path(path)
    assert [f.message for f in read.findings] == [
        "文档中的表格2结构已损坏（合并后共 99999999 列，超过 Word 表格最多 63 列），"
        "无法读取，已跳过，请核对原文件（R1）"
    ]


def test_own_findings_stay_with_their_form_and_orphans_go_to_every_form() -> None:
    first, second = read_docx(FIXTURES / "two-forms.docx")
    note = broken_table("表格1", "表格1有一处无法读取", Source(cell="表格1")).findings
    orphan = broken_table("表格3", "表格3已损坏", Source(cell="表格3"))
    reads = read_tables([replace(first, findings=note), second, orphan])
    assert [[f.message for f in r.findings] for r in reads] == [
        [
            "表格1有一处无法读取，已跳过，请核对原文件（R1）",
            "表格3已损坏，已跳过，请核对原文件（R1）",
        ],
        ["表格3已损坏，已跳过，请核对原文件（R1）"],
    ]
    assert read_tables([orphan]) == []
