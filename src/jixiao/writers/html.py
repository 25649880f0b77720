"""The form as one standalone, printable HTML page (Jinja2), the same page WeasyPrint prints to PDF.

Labels are ``<th>`` with their scope (col for column headers, row/rowgroup for side labels); merges
are rowspan/colspan as on the printed form; the stylesheet is inline so the file stands alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from jinja2 import Environment, Template, select_autoescape
from markupsafe import Markup, escape

from jixiao.model.report import Report
from jixiao.writers.cells import Box, Kind
from jixiao.writers.document import Page
from jixiao.writers.notes import Note


@cache
def _template() -> Template:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    source = resources.files("jixiao.writers").joinpath("templates/form.html.j2").read_text("utf-8")
    return env.from_string(source)


@cache
def stylesheet() -> str:
    return resources.files("jixiao.writers").joinpath("templates/form.css").read_text("utf-8")


def render_html(pages: Sequence[Page]) -> str:
    """One standalone page holding every form; annotated forms carry their appendix."""
    first = pages[0].printed if pages else None
    name = pages[0].report.form.project.name if pages and pages[0].report else None
    title = (first.title + (first.subtitle or "")) if first else "项目支出绩效自评表"
    return _template().render(
        title=f"{title} — {name}" if name else title,
        css=Markup(stylesheet()),
        pages=[_page(page) for page in pages],
    )


def _page(page: Page) -> dict[str, object]:
    printed = page.printed
    total = sum(printed.widths) or 1.0
    by_number = {n.number: n for n in page.notes}
    return {
        "printed": printed,
        "widths": [round(w * 100 / total, 2) for w in printed.widths],
        "rows": [[_cell(box, by_number) for box in cells] for cells in printed.grid],
        "notes": list(page.notes),
        "summary": summary(page.report) if page.report is not None and page.notes else [],
    }


def _cell(box: Box, notes: dict[int, Note]) -> Markup:
    spans = ""
    if box.rowspan > 1:
        spans += f' rowspan="{box.rowspan}"'
    if box.colspan > 1:
        spans += f' colspan="{box.colspan}"'
    body = Markup("<br>").join(escape(line) for line in box.text.split("\n"))
    if box.kind is Kind.LABEL and box.text:
        scope = "col" if box.header else ("rowgroup" if box.rowspan > 1 else "row")
        return Markup(f'<th scope="{scope}"{spans}>') + body + Markup("</th>")
    classes = box.kind.value
    title = ""
    if box.severity:
        classes += f" mark-{box.severity}"
        lines = [notes[m].line() for m in box.marks if m in notes]
        title = f' title="{escape(chr(10).join(lines))}"'
    return Markup(f'<td class="{classes}"{spans}{title}>') + body + Markup("</td>")


def summary(report: Report) -> list[str]:
    """The reported total and grade beside the computed ones, above the list of findings."""
    form, c = report.form, report.computed
    parts = [f"表内总分 {form.total.score if form.total.score is not None else '未填'}"]
    if c.total.score is not None:
        parts.append(f"规则总分 {c.total.score}")
    if c.total.rescaled is not None and c.total.rescaled != c.total.score:
        parts.append(f"按适用指标折算 {c.total.rescaled}")
    parts.append(f"表内等级 {form.grade or '未填'}")
    if c.grade.grade:
        parts.append(f"规则等级 {c.grade.grade}")
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.severity.label] = counts.get(f.severity.label, 0) + 1
    found = "，".join(f"{label} {n} 条" for label, n in counts.items())
    return ["；".join(parts) + "。", f"计分口径：{c.policy}。问题：{found}。"]
