"""The reader fixes the writers' round trips needed, each on a minimal input of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.model.finding import Source
from jixiao.model.form import Form, Funds, FundsRow, Project
from jixiao.readers import read_path
from jixiao.readers.grid.header import title_line
from jixiao.readers.grid.sheet import Sheet
from jixiao.readers.grid.table import Cell, Table
from jixiao.readers.pdf.cells import closing_lines
from jixiao.readers.xlsx_styles import _cell_formats
from jixiao.writers.document import prepare, render


def _slot(text: str) -> Any:
    table = Table(rows=((Cell(text, Source(cell="A1")),),), label="t")
    return Sheet(table, 0).slots(0)[0]


def test_a_wrapped_indicator_name_ending_a_line_in_自评表_is_no_title() -> None:
    assert title_line(_slot("基层单位自评表\n差错率")) is None
    assert title_line(_slot("项目支出绩效自评表\n填报单位：某镇人民政府")) == "项目支出绩效自评表"


def _edge(x0: float, x1: float, top: float, bottom: float) -> dict[str, Any]:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "orientation": "h" if top == bottom else "v",
    }


def test_a_table_cut_by_the_page_end_gets_its_closing_rule() -> None:
    # Three columns; the first is a merged cell running off the page: no rule under it.
    verticals = [_edge(x, x, 100, 700) for x in (10, 60, 110, 160)]
    rules = [_edge(10, 160, 100, 100), _edge(60, 160, 400, 400), _edge(60, 160, 700, 700)]
    added = closing_lines(verticals + rules)
    assert [(e["x0"], e["x1"], e["top"]) for e in added] == [(10, 160, 700)]
    closed = [*rules[:2], _edge(10, 160, 700, 700)]
    assert closing_lines(verticals + closed) == []


def test_a_cached_empty_text_result_is_no_uncached_formula() -> None:
    xml = (
        b'<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c>'
        b'<c r="B1"><f>2&#20876;</f><v></v></c></row>'
    )
    formulas: dict[tuple[int, int], str] = {}
    _cell_formats(xml, {}, formulas)
    assert formulas == {(0, 1): "=2册"}


def test_blank_goals_do_not_take_the_next_section_label(tmp_path: Path) -> None:
    form = Form(
        title="项目支出绩效自评表",
        project=Project(name="空目标", department="某局", unit="某中心"),
        funds=Funds(total=FundsRow(label="年度资金总额", weight=Decimal(20))),
    )
    out = tmp_path / "f.xlsx"
    out.write_bytes(render([prepare(form, "sichuan-2023")], ".xlsx"))
    back = read_path(out)[0].form
    assert (back.goals.expected, back.goals.actual) == (None, None)
