"""The grid reader over Tables from real producers (tests/data/fixtures): every form as expected."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from jixiao.model.form import Form
from jixiao.readers.base import ReadForm

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "fixtures"


def _loader(suffix: str) -> Callable[[Path], list[ReadForm]]:
    if suffix == ".pdf":
        pytest.importorskip("pdfplumber")
        from jixiao.readers.pdf import load_pdf

        return load_pdf
    if suffix == ".xlsx":
        pytest.importorskip("python_calamine")
        from jixiao.readers.xlsx import load_xlsx

        return load_xlsx
    pytest.importorskip("lxml")
    if suffix == ".html":
        from jixiao.readers.html import load_html

        return load_html
    from jixiao.readers.docx import load_docx

    return load_docx


@pytest.mark.parametrize(
    "name",
    [
        "seed.docx",
        "seed.pdf",  # one form over pages 1–2, a row cut by the page break
        "seed.xlsx",
        "seed-offset-C6.xlsx",
        "two-forms.docx",
        "clean.docx",
        "clean.pdf",
        "anhui-009.docx",
        "anhui-009.pdf",
        "anhui-009.xlsx",
        "sichuan-004.docx",
        "sichuan-004.xlsx",
        "national-050.docx",
        "national-050.xlsx",
        "report-30-pages.pdf",
        "sichuan-004.pdf",
        "national-050.pdf",
        "clean-chromium.pdf",  # Type 3 fonts with CJK radical code points
        "seed.html",
        "clean.html",
        "anhui-009.html",
        "anhui-009-gb2312.html",
        "sichuan-004.html",
        "national-050.html",
    ],
)
def test_fixture_forms(name: str) -> None:
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"{name} not generated")
    stem = name.rsplit(".", 1)[0]
    expected = json.loads((FIXTURES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    read = _loader(path.suffix)(path)
    got = [r.form.model_copy(update={"sources": {}}) for r in read]
    assert got == [Form.model_validate(e) for e in expected]
    assert all(not r.findings for r in read)


def test_forms_among_other_pages_carry_their_pages() -> None:
    path = FIXTURES / "report-30-pages.pdf"
    if not path.exists():
        pytest.skip("report-30-pages.pdf not generated")
    read = _loader(".pdf")(path)
    assert [r.label for r in read] == ["第1张表（第12–13页）", "第2张表（第14页）"]
    first = read[0].form
    assert first.sources["project.name"].page == 12
    assert first.sources["total.score"].page == 13
    assert read[1].form.sources["indicators[0].name"].page == 14
