"""A document of one or more forms, each laid out and maybe annotated, written in one format.

``prepare`` lays out a form (annotated when a Report is given); ``render`` writes the pages as
.xlsx, .html or .pdf bytes, so the caller writes them atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.model.form import Form
from jixiao.model.report import Report
from jixiao.writers import lay_out
from jixiao.writers.layouts import Printed
from jixiao.writers.notes import Note, annotate

SUFFIXES = {".xlsx": "Excel 工作簿", ".html": "网页", ".htm": "网页", ".pdf": "PDF"}


@dataclass(frozen=True)
class Page:
    """One form as printed; with notes when it is annotated."""

    printed: Printed
    notes: tuple[Note, ...] = ()
    report: Report | None = None


def prepare(form: Form, layout: str, report: Report | None = None) -> Page:
    """The form in the layout; with a report, its findings marked and the computed scores shown."""
    printed = lay_out(form, layout)
    if report is None:
        return Page(printed)
    marked, notes = annotate(printed, report)
    return Page(marked, tuple(notes), report)


def render(pages: Sequence[Page], suffix: str) -> bytes:
    """The pages as a file of this suffix (.xlsx, .html/.htm, .pdf)."""
    suffix = suffix.lower()
    if suffix == ".xlsx":
        from jixiao.writers.xlsx import xlsx_bytes

        return xlsx_bytes(pages)
    from jixiao.writers.html import render_html

    html = render_html(pages)
    if suffix in (".html", ".htm"):
        return html.encode("utf-8")
    if suffix == ".pdf":
        from jixiao.writers.pdf import pdf_bytes

        return pdf_bytes(html)
    raise ValueError(f"不支持的输出格式 {suffix}")
