"""--annotate: findings marked on their cells, computed scores in the margin, an appendix."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from lxml import html as lxml_html

from jixiao.model.policy import get_policy
from jixiao.pipeline import check_form
from jixiao.readers import read_path
from jixiao.writers.document import prepare, render
from jixiao.writers.notes import where

ROOT = Path(__file__).resolve().parents[1]
TRIP = ROOT / "examples" / "trip"


def report_of(path: Path):  # type: ignore[no-untyped-def]
    read = read_path(path)[0]
    return check_form(read.form, get_policy("national-2020"), read.findings)


def test_xlsx_marks_the_score_cell_and_lists_every_finding(tmp_path: Path) -> None:
    report = report_of(TRIP / "E1-score-above-weight.json")
    out = tmp_path / "a.xlsx"
    out.write_bytes(render([prepare(report.form, "national-2020", report)], ".xlsx"))
    wb = openpyxl.load_workbook(out)
    sheet, appendix = wb["自评表"], wb["审核意见"]
    marked = {c.coordinate: c.comment.text for row in sheet.iter_rows() for c in row if c.comment}
    # E1 on indicators[7].score: its cell is coloured red and carries the finding as a comment.
    e1 = [coord for coord, text in marked.items() if "E1" in text]
    assert e1, marked
    cell = sheet[e1[0]]
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert cell.value == report.form.indicators[7].score
    codes = [appendix.cell(row=r, column=5).value for r in range(2, appendix.max_row + 1)]
    assert codes == [f.code for f in report.findings]
    # The computed score stands beside the reported one, in the 审核 column of the same row.
    review = sheet.cell(row=cell.row, column=sheet.max_column).value
    assert review.startswith("规则得分")


def test_html_highlights_cells_and_numbers_the_notes(tmp_path: Path) -> None:
    report = report_of(ROOT / "examples" / "seed-2021-zgc.json")
    page = render([prepare(report.form, "beijing-2021", report)], ".html").decode("utf-8")
    doc = lxml_html.fromstring(page)
    marked = doc.xpath("//table[@class='sheet']//td[contains(@class, 'mark-')]")
    assert len(marked) >= 10
    assert all(td.get("title") for td in marked)
    rows = doc.xpath("//table[@class='findings']/tbody/tr")
    assert len(rows) == len(report.findings)
    assert rows[0].xpath("td")[3].text == report.findings[0].rule
    summary = " ".join(doc.xpath("//section[@class='appendix']/p/text()"))
    assert "表内总分 95.20" in summary and "规则总分" in summary


def test_annotated_files_still_read_back_as_the_same_form(tmp_path: Path) -> None:
    report = report_of(ROOT / "examples" / "seed-2021-zgc.json")
    for suffix in (".xlsx", ".html", ".pdf"):
        out = tmp_path / f"a{suffix}"
        out.write_bytes(render([prepare(report.form, "national-2020", report)], suffix))
        back = read_path(out)[0].form.model_copy(update={"sources": {}})
        assert back == report.form.model_copy(update={"sources": {}}), suffix


@pytest.mark.parametrize(
    ("path", "place"),
    [
        ("indicators[3].score", "第4行指标 · 得分"),
        ("indicators[3]", "第4行指标"),
        ("funds.total.rate", "年度资金总额 · 执行率"),
        ("total.score", "总分 · 得分"),
        ("goals.actual", "年度总体目标 · 实际完成值"),
        ("grade", "自评等级"),
    ],
)
def test_where_names_the_place_on_the_printed_form(path: str, place: str) -> None:
    assert where(path) == place
