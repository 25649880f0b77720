"""Bad input still gives a valid, readable document: long texts, 200 rows, formula characters."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from lxml import html as lxml_html

from jixiao.model.form import Form, Goals, Indicator, Project
from jixiao.model.jsonio import dumps
from jixiao.readers import read_path
from jixiao.writers.document import prepare, render

LONG = "很长的说明文字，" * 400
FORMULAS = ("=1+1", '=HYPERLINK("http://example.invalid","点")', "+86 10 1234", "-1", "@SUM(A1)")


def plain(form: Form) -> str:
    return dumps(form.model_copy(update={"sources": {}}))


def formula_form() -> Form:
    row = Indicator(
        level1="产出指标",
        level2="数量指标",
        name=FORMULAS[3],
        target="=2册",
        actual=FORMULAS[2],
        weight=Decimal(10),
        score=Decimal(10),
        deviation=FORMULAS[4],
    )
    project = Project(name=FORMULAS[1], department=FORMULAS[0], unit="某中心")
    return Form(title="项目支出绩效自评表", project=project, indicators=(row,))


def many_rows() -> Form:
    rows = tuple(
        Indicator(
            level1="产出指标",
            level2="数量指标",
            name=f"指标{i}",
            target=f"≥{i}个",
            actual=f"{i}个",
            weight=Decimal("0.5"),
            score=Decimal("0.5"),
        )
        for i in range(200)
    )
    project = Project(name="二百行指标", department="某局", unit="某中心")
    return Form(title="项目支出绩效自评表", year=2023, project=project, indicators=rows)


def written(form: Form, suffix: str, tmp_path: Path) -> Path:
    out = tmp_path / f"form{suffix}"
    out.write_bytes(render([prepare(form, "national-2020")], suffix))
    return out


def test_formula_characters_stay_text_in_xlsx(tmp_path: Path) -> None:
    out = written(formula_form(), ".xlsx", tmp_path)
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet  # no cell holds a formula
    ws = openpyxl.load_workbook(out)["自评表"]
    texts = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for value in FORMULAS:
        assert texts[value].data_type == "s"
        assert texts[value].quotePrefix
    assert not texts["某中心"].quotePrefix  # only text that starts like a formula is quoted


@pytest.mark.parametrize("suffix", [".xlsx", ".html", ".pdf"])
def test_formula_characters_round_trip(suffix: str, tmp_path: Path) -> None:
    form = formula_form()
    assert plain(read_path(written(form, suffix, tmp_path))[0].form) == plain(form)


@pytest.mark.parametrize("suffix", [".xlsx", ".html", ".pdf"])
def test_two_hundred_indicator_rows_round_trip(suffix: str, tmp_path: Path) -> None:
    form = many_rows()
    assert plain(read_path(written(form, suffix, tmp_path))[0].form) == plain(form)


@pytest.mark.parametrize("suffix", [".xlsx", ".html"])
def test_very_long_texts_round_trip(suffix: str, tmp_path: Path) -> None:
    row = Indicator(level1="产出指标", level2="数量指标", name=LONG[:200], target=LONG[:500])
    form = Form(
        title="项目支出绩效自评表",
        project=Project(name=LONG[:300], department="某局", unit="某中心"),
        goals=Goals(expected=LONG, actual=LONG),
        indicators=(row.model_copy(update={"deviation": LONG[:800]}),),
    )
    out = written(form, suffix, tmp_path)
    assert plain(read_path(out)[0].form) == plain(form)
    if suffix == ".xlsx":  # Excel refuses rows taller than 409 points
        heights = openpyxl.load_workbook(out)["自评表"].row_dimensions
        assert max(d.height or 0 for d in heights.values()) == 409


def test_a_text_longer_than_a_page_still_prints(tmp_path: Path) -> None:
    # A 3,200-character goal is taller than an A4 page: the row is split across pages, and
    # every character is printed (reading such a split cell back is not supported).
    form = Form(goals=Goals(expected=LONG, actual="完成"), project=Project(name="超页目标"))
    out = written(form, ".pdf", tmp_path)
    assert out.read_bytes().startswith(b"%PDF")
    import pdfplumber

    with pdfplumber.open(out) as pdf:
        text = "".join((page.extract_text() or "") for page in pdf.pages)
    # Counted by character: a page break may fall inside the phrase, between page footers.
    assert all(text.count(ch) == 400 for ch in "很长的说明文字")


@pytest.mark.parametrize("suffix", [".xlsx", ".html", ".pdf"])
def test_an_empty_form_is_a_blank_official_form(suffix: str, tmp_path: Path) -> None:
    back = read_path(written(Form(), suffix, tmp_path))[0].form
    # The one change: a form without a title is printed under the official one.
    assert plain(back) == plain(Form(title="项目支出绩效自评表"))


def test_html_escapes_markup_typed_into_cells(tmp_path: Path) -> None:
    form = Form(project=Project(name="<script>alert(1)</script>", unit="A & B"))
    page = written(form, ".html", tmp_path).read_text(encoding="utf-8")
    assert "<script>alert" not in page
    doc = lxml_html.fromstring(page)
    assert "<script>alert(1)</script>" in doc.text_content()
