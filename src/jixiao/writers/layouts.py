"""The official table layouts: national 2020 (财预〔2020〕10号), Beijing 2021 and Sichuan 2023.

Each layout turns a Form into the printed table as rows of ``Box``es, merges as the published
forms print them (项目资金 and 绩效指标 label cells down the side, 一级/二级指标 merged over their
rows). Header rows the official form lacks (项目编码, 项目负责人) are printed only when the form
has them, so nothing the unit wrote is lost; ``dropped`` names what a layout has no place for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.model.form import Form, FundsRow
from jixiao.readers.text.labels import level_of
from jixiao.writers.cells import Box, Grid, Kind, shown

DEFAULT_TITLE = "项目支出绩效自评表"
Row = tuple[str, list[Box]]  # (row key for annotations: 'funds.total', 'indicators[3]' …, cells)


@dataclass(frozen=True)
class Printed:
    """A form laid out: the title lines above the table, the table rows and column widths."""

    title: str
    subtitle: str | None
    rows: list[Row]
    widths: tuple[float, ...]  # column widths in Excel character units
    header_rows: int  # rows of the table repeated on every printed page (the form's head)

    @property
    def grid(self) -> Grid:
        return [cells for _, cells in self.rows]


def label(text: str, colspan: int = 1, rowspan: int = 1, *, header: bool = False) -> Box:
    return Box(text, Kind.LABEL, rowspan=rowspan, colspan=colspan, header=header)


def text(value: str | None, path: str, colspan: int = 1, rowspan: int = 1) -> Box:
    return Box(value or "", Kind.TEXT, rowspan=rowspan, colspan=colspan, path=path)


def number(value: Decimal | None, path: str, kind: Kind = Kind.NUMBER, colspan: int = 1) -> Box:
    return Box(shown(value, kind), kind, colspan=colspan, number=value, path=path)


# Readers cap a merge at 200 rows (a larger one is a broken page: readers/html.py), so a longer
# run is printed as several merged cells, as a form continued on the next page repeats its label.
MAX_ROWSPAN = 100


def _runs(values: Sequence[object]) -> list[int]:
    """Length of each run of equal consecutive values (a merged level cell), 0 inside a run."""
    spans = [0] * len(values)
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start] or i - start == MAX_ROWSPAN:
            spans[start] = i - start
            start = i
    return spans


def side_label(rows: list[Row], text: str) -> list[Row]:
    """The rows with a merged label down their first column ('绩效指标'), in runs of at most
    MAX_ROWSPAN rows."""
    out: list[Row] = []
    for i, (key, cells) in enumerate(rows):
        if i % MAX_ROWSPAN == 0:
            span = min(MAX_ROWSPAN, len(rows) - i)
            cells = [label(text, rowspan=span), *cells]
        out.append((key, cells))
    return out


def _level1_text(name: str | None, weights: dict[str, Decimal]) -> str:
    """'产出指标(50分)' when the form printed the first-level weight in the label (RULES Part M)."""
    if not name:
        return ""
    weight = weights.get(name)
    if weight is None or level_of(name) is None:
        return name
    return f"{name}({shown(weight, Kind.NUMBER)}分)"


def level_cells(form: Form) -> list[list[Box]]:
    """The 一级/二级 cells of each indicator row, merged over runs of the same label."""
    rows = form.indicators
    l1 = _runs([i.level1 for i in rows])
    l2 = _runs([(i.level1, i.level2) for i in rows])
    out: list[list[Box]] = []
    for n, ind in enumerate(rows):
        cells: list[Box] = []
        if l1[n]:
            shown_l1 = _level1_text(ind.level1, form.level1_weights)
            cells.append(text(shown_l1, f"indicators[{n}].level1", rowspan=l1[n]))
        if l2[n]:
            cells.append(text(ind.level2, f"indicators[{n}].level2", rowspan=l2[n]))
        out.append(cells)
    return out


def head_rows(form: Form, span: tuple[int, int, int], always_leader: bool) -> list[Row]:
    """项目名称 … 联系电话: label | value, two pairs to a row (``span`` = value widths)."""
    p = form.project
    whole, left, right = span
    rows: list[Row] = [("project.name", [label("项目名称"), text(p.name, "project.name", whole)])]
    if p.code:
        rows.append(("project.code", [label("项目编码"), text(p.code, "project.code", whole)]))
    rows.append(
        (
            "project.department",
            [
                label("主管部门"),
                text(p.department, "project.department", left),
                label("实施单位"),
                text(p.unit, "project.unit", right),
            ],
        )
    )
    if always_leader or p.leader or p.phone:
        rows.append(
            (
                "project.leader",
                [
                    label("项目负责人"),
                    text(p.leader, "project.leader", left),
                    label("联系电话"),
                    text(p.phone, "project.phone", right),
                ],
            )
        )
    return rows


def funds_rows(form: Form) -> list[tuple[str, FundsRow]]:
    """The funds rows in printed order with their model paths."""
    f = form.funds
    rows = [
        ("funds.total", f.total),
        ("funds.appropriation", f.appropriation),
        ("funds.carryover", f.carryover),
        ("funds.other", f.other),
    ]
    rows += [(f"funds.extra_rows[{i}]", row) for i, row in enumerate(f.extra_rows)]
    return rows


def note_rows(form: Form, columns: int) -> list[Row]:
    return [
        (f"notes[{i}]", [Box(f"注：{note}", Kind.NOTE, colspan=columns, path=f"notes[{i}]")])
        for i, note in enumerate(form.notes)
    ]


def grade_text(form: Form) -> str:
    return f"自评等级：{form.grade}" if form.grade else ""


def subtitle(form: Form) -> str | None:
    return f"（{form.year}年度）" if form.year else None


Builder = Callable[[Form], Printed]
