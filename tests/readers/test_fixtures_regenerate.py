"""The checked-in fixtures: valid expected forms, listed, keeping the structure they test."""

from __future__ import annotations

import importlib.util
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.model.form import Form

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "fixtures"
_SPEC = importlib.util.spec_from_file_location(
    "make_fixtures", ROOT / "scripts" / "make_fixtures.py"
)
assert _SPEC and _SPEC.loader
make_fixtures = importlib.util.module_from_spec(_SPEC)
sys.modules["make_fixtures"] = make_fixtures
_SPEC.loader.exec_module(make_fixtures)

_INPUTS = sorted(
    p
    for p in FIXTURES.iterdir()
    if p.is_file() and p.name != "README.md" and not p.name.endswith(".json")
)


@pytest.mark.parametrize("path", _INPUTS, ids=lambda p: p.name)
def test_every_fixture_has_valid_expected_forms_and_is_listed(path: Path) -> None:
    expected = json.loads((FIXTURES / f"{path.stem}.expected.json").read_text(encoding="utf-8"))
    assert expected and all(Form.model_validate(f) for f in expected)
    lines = (FIXTURES / "README.md").read_text(encoding="utf-8").splitlines()
    assert any(path.stem in line and path.suffix in line for line in lines)


def test_expected_json_is_the_example_form() -> None:
    expected = json.loads((FIXTURES / "seed.expected.json").read_text(encoding="utf-8"))
    example = Form.model_validate_json((ROOT / "examples" / "seed-2021-zgc.json").read_text())
    read = Form.model_validate(expected[0])
    assert read.model_copy(update={"sources": {}}) == example.model_copy(update={"sources": {}})


def test_place_skips_slots_taken_by_rowspans() -> None:
    cell = make_fixtures.GCell
    grid = [[cell("a", rowspan=2), cell("b", colspan=2)], [cell("c"), cell("d")]]
    assert [(r, c, g.text) for r, c, g in make_fixtures.place(grid)] == [
        (0, 0, "a"),
        (0, 1, "b"),
        (1, 1, "c"),
        (1, 2, "d"),
    ]


def test_level_cells_merge_over_runs() -> None:
    import fixture_layouts

    assert fixture_layouts._runs(["x", "x", "y", "x"]) == [2, 0, 1, 1]


def test_xlsx_keeps_merges_percent_fractions_and_the_offset() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(FIXTURES / "seed-offset-C6.xlsx").active
    assert sheet["A1"].value == "附件2"
    assert sheet["C6"].value == "项目支出绩效自评表"
    assert "C6:K6" in {str(r) for r in sheet.merged_cells.ranges}
    rates = [c for row in sheet.iter_rows() for c in row if c.number_format == "0.00%"]
    assert rates and Decimal(str(rates[0].value)) == Decimal("0.5302")


def test_numbers_as_text_workbook_holds_text() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(FIXTURES / "clean-numbers-as-text.xlsx").active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert values and all(isinstance(v, str) for v in values)


def test_thirty_page_pdf_has_the_forms_on_pages_12_to_14() -> None:
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument(FIXTURES / "report-30-pages.pdf")
    try:
        assert len(pdf) == 30
        titled = []
        for number in range(len(pdf)):
            page = pdf[number]
            text = page.get_textpage().get_text_range()
            page.close()
            if "项目名称" in text or "绩效指标" in text or "总分" in text:
                titled.append(number + 1)
        assert titled == [12, 13, 14]
    finally:
        pdf.close()


def test_fixtures_stay_small() -> None:
    assert sum(p.stat().st_size for p in FIXTURES.rglob("*") if p.is_file()) < 2_000_000
