"""Geometry to grid: cell boxes become spans, headings become full-width rows, pages are chained."""

from __future__ import annotations

import pytest

from jixiao.model.finding import Finding, Source
from jixiao.readers.base import reader_finding
from jixiao.readers.grid.table import Cell, Table
from jixiao.readers.pdf import NEEDS_OCR_CODE, _findings_for, glyph_findings
from jixiao.readers.pdf.cells import build_table
from jixiao.readers.pdf.survey import PageSurvey, form_pages

# A 3×3 grid with edges at x = 0, 50, 100, 150 and y = 0, 10, 20, 30; borders drawn 1 pt apart
# row by row still make one grid line.
BOXES = {
    (0.0, 0.0, 150.0, 10.0): "项目名称",  # colspan 3
    (0.0, 10.0, 50.0, 30.0): "项目资金",  # rowspan 2
    (50.4, 10.0, 100.0, 20.0): "年初预算数",
    (100.0, 10.0, 150.0, 20.0): "全年预算数",
    (49.6, 20.0, 150.0, 30.6): "30.00",  # colspan 2, slightly misdrawn edges
}


def test_spans_come_from_the_edges_each_cell_covers() -> None:
    table = build_table(BOXES, [], 3, "第3页")
    assert (table.height, table.width, table.pages, table.label) == (3, 3, (3,), "第3页")
    spans = {
        cell.text: (r, c, cell.rowspan, cell.colspan)
        for r, row in enumerate(table.rows)
        for c, cell in enumerate(row)
        if cell is not None
    }
    assert spans == {
        "项目名称": (0, 0, 1, 3),
        "项目资金": (1, 0, 2, 1),
        "年初预算数": (1, 1, 1, 1),
        "全年预算数": (1, 2, 1, 1),
        "30.00": (2, 1, 1, 2),
    }
    assert table.text(2, 0) == "项目资金"  # covered position shows its merged cell


def test_each_cell_keeps_its_page_and_rounded_box() -> None:
    table = build_table(BOXES, [], 3, "第3页")
    cell = table.rows[2][1]
    assert cell is not None
    assert cell.source == Source(page=3, cell="50,20,150,31")


def test_heading_lines_become_full_width_rows_above_the_grid() -> None:
    heading = [
        ("项目支出绩效自评表", (40.0, 2.0, 110.0, 9.0)),
        ("（2023年度）", (55.0, 10.0, 95.0, 16.0)),
    ]
    table = build_table(BOXES, heading, 1, "第1页")
    assert table.height == 5
    first = table.rows[0][0]
    assert first is not None and (first.text, first.colspan) == ("项目支出绩效自评表", 3)
    assert table.rows[0][1:] == (None, None)
    assert table.text(1, 2) == "（2023年度）"
    assert table.text(2, 0) == "项目名称"


def _page(number: int, *, form: bool = False, ends: bool = False, chars: int = 100) -> PageSurvey:
    return PageSurvey(number, chars, False, form, ends, False)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ([_page(1), _page(2, form=True, ends=True), _page(3)], [2]),
        # a form without 总分 runs onto the next page, which carries no title of its own
        ([_page(1, form=True), _page(2), _page(3, ends=True), _page(4)], [1, 2, 3]),
        ([_page(1, form=True), _page(2, chars=0), _page(3)], [1]),
        ([_page(1, form=True, ends=True), _page(2, form=True, ends=True)], [1, 2]),
        ([_page(1), _page(2)], []),
    ],
)
def test_form_pages_follow_a_form_until_its_total(
    pages: list[PageSurvey], expected: list[int]
) -> None:
    assert form_pages(pages) == expected


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("(cid:1234)(cid:88)", True),
        ("年度\ufffd\ufffd总额", True),
        ("年度资金总额", False),
        ("", False),
    ],
)
def test_unmapped_glyphs_are_reported_not_guessed(text: str, flagged: bool) -> None:
    cell = Cell(text=text, source=Source(page=7, cell="1,2,3,4"))
    findings = glyph_findings([Table(rows=((cell, cell),), pages=(7,))])
    assert [f.code for f in findings] == ([NEEDS_OCR_CODE] if flagged else [])
    if flagged:
        assert findings[0].source == Source(page=7, cell="1,2,3,4")
        assert "OCR" in findings[0].message


def _finding(page: int | None) -> Finding:
    source = Source(page=page) if page is not None else None
    return reader_finding(NEEDS_OCR_CODE, "x", source=source)


@pytest.mark.parametrize(
    ("page", "own", "gets"),
    [
        (3, {3, 4}, True),  # on the form's own page
        (5, {3, 4}, False),  # on another form's page
        (9, {3, 4}, True),  # on a page no form was read from: every form gets it
        (None, {3, 4}, True),  # about the whole file
    ],
)
def test_a_page_finding_goes_to_the_form_on_that_page(
    page: int | None, own: set[int | None], gets: bool
) -> None:
    finding = _finding(page)
    assert (_findings_for((finding,), own, {3, 4, 5}) == (finding,)) is gets
