"""Forms printed from a spreadsheet without borders: read from word positions, or refused."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from jixiao.model.finding import Severity
from jixiao.model.form import Form
from jixiao.readers import UnreadableInput
from jixiao.readers.pdf import UNRULED_CODE, load_pdf, scan_pdf
from jixiao.readers.pdf.unruled import UNRULED_READ_CODE

from ..formats.kit import needs_soffice, soffice_convert
from .conftest import fixture

ROOT = Path(__file__).resolve().parents[3]


def _make_fixtures():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_fixtures", ROOT / "scripts" / "make_fixtures.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_fixtures", module)
    spec.loader.exec_module(module)
    return module


def test_calc_printout_without_borders_reads_the_whole_form() -> None:
    path = fixture("clean-calc.pdf")
    expected = json.loads((path.parent / "clean-calc.expected.json").read_text(encoding="utf-8"))
    [read] = load_pdf(path)
    assert read.form.model_copy(update={"sources": {}}) == Form.model_validate(expected[0])
    [note] = read.findings
    assert (note.code, note.severity, note.message) == (
        UNRULED_READ_CODE,
        Severity.INFO,
        "第1页的表格没有框线，已按文字位置读取，请核对（R1）",
    )
    # every value points at its words on the page: page 1 and their box
    source = read.form.source_of("indicators[1].target")
    assert source is not None and source.page == 1 and source.cell
    assert UNRULED_CODE not in {f.code for f in scan_pdf(path).findings}


def test_headings_merged_over_two_columns_take_the_numbers_under_them() -> None:
    # Sichuan: 年初预算 heads two columns; its amounts print at the right end of the pair
    path = fixture("sichuan-004-calc.pdf")
    expected = json.loads(
        (path.parent / "sichuan-004-calc.expected.json").read_text(encoding="utf-8")
    )
    [read] = load_pdf(path)
    assert read.form.model_copy(update={"sources": {}}) == Form.model_validate(expected[0])
    assert str(read.form.funds.total.initial) == "238.93"


def test_merged_level_labels_cover_the_rows_they_are_centred_on() -> None:
    [read] = load_pdf(fixture("clean-calc.pdf"))
    levels = [(i.level1, i.level2) for i in read.form.indicators]
    assert levels[:2] == [("产出指标", "数量指标")] * 2  # 数量指标 printed between its two rows
    assert levels[5:7] == [("效益指标", "社会效益指标"), ("效益指标", "可持续影响指标")]


def _printout(tmp_path: Path, example: str, centred: bool) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    fixtures = _make_fixtures()
    grid = fixtures.national_grid(fixtures.load_form(example))
    book = Workbook()
    fixtures.xlsx_put(book.active, grid, 1, 1)
    fixtures.print_layout(book.active, grid)
    for row in book.active.iter_rows() if centred else ():
        for cell in row:
            cell.alignment = Alignment(horizontal="center", vertical="center")
    book.save(tmp_path / "form.xlsx")
    return soffice_convert(tmp_path / "form.xlsx", "pdf", tmp_path)


@needs_soffice
@pytest.mark.parametrize(
    ("example", "centred"),
    [
        ("clean-2023.json", True),  # centred text: no column edges to place it by
        # seed's 400-character goal: Calc wraps it in a row one line high and prints only the
        # line in the middle, cut at the next cell; the reader must not take it for the goal
        ("seed-2021-zgc.json", False),
    ],
    ids=["centred", "cut-goal"],
)
def test_printouts_that_do_not_read_one_way_are_refused(
    tmp_path: Path, example: str, centred: bool
) -> None:
    with pytest.raises(UnreadableInput) as caught:
        load_pdf(_printout(tmp_path, example, centred))
    assert caught.value.message == "第1页的表格没有框线，无法按单元格读取，请核对或人工录入"


@needs_soffice
def test_a_form_running_onto_a_second_unruled_page_says_which_page_was_not_read(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    fixtures = _make_fixtures()
    form = fixtures.load_form("clean-2023.json")
    rows = [{**ind, "name": f"{ind['name']}{k}"} for k in range(5) for ind in form["indicators"]]
    grid = fixtures.national_grid({**form, "indicators": rows})
    book = Workbook()
    fixtures.xlsx_put(book.active, grid, 1, 1)
    fixtures.print_layout(book.active, grid)
    book.save(tmp_path / "long.xlsx")
    [read] = load_pdf(soffice_convert(tmp_path / "long.xlsx", "pdf", tmp_path))
    got = read.form.indicators
    # page 1 reads one way: every row on it is right; page 2 repeats the merged 绩效指标 label
    # and does not, so it is reported, not guessed
    assert 30 < len(got) < len(rows)
    assert [(i.level1, i.level2, i.name, i.target, i.actual) for i in got] == [
        (r["level1"], r["level2"], r["name"], r["target"], r["actual"]) for r in rows[: len(got)]
    ]
    messages = {f.code: f.message for f in read.findings}
    assert messages[UNRULED_CODE] == "第2页的表格没有框线，无法按单元格读取，请核对或人工录入（R1）"
    assert "READ.truncated" in messages
