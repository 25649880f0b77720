"""One form's rows to a Form: head, funds, goals, indicator table and total, in printed order."""

from __future__ import annotations

import re

from jixiao.model.finding import Finding
from jixiao.model.form import Form, Goals, Project
from jixiao.readers.base import ReadForm
from jixiao.readers.grid.columns import funds_columns, indicator_columns
from jixiao.readers.grid.draft import Draft, Row
from jixiao.readers.grid.funds import FundsReader
from jixiao.readers.grid.header import (
    goal_columns,
    read_goals,
    read_grade,
    read_project,
    read_title,
)
from jixiao.readers.grid.indicators import IndicatorReader
from jixiao.readers.grid.sheet import value_text
from jixiao.readers.text.classify import (
    no_digits,
    nonstandard_finding,
    nonstandard_reason,
    truncation,
)

_NOTE = re.compile(r"^注\s*[:：]\s*(.+)", re.DOTALL)
# A form cut before its funds block still shows 项目名称 and another header field.
_MIN_FIELDS = 2


class _Reader:
    """Walks the rows once; each section's header row switches to that section's reader."""

    def __init__(self) -> None:
        self.draft = Draft()
        self.fields: dict[str, str] = {}
        self.funds: FundsReader | None = None
        self.table: IndicatorReader | None = None
        self.goal_cols: dict[str, int] | None = None
        self.goals: dict[str, str] = {}
        self.grade: str | None = None
        self.notes: list[str] = []
        self.mode = "head"

    def take(self, row: Row) -> None:
        sheet, r = row
        slots = sheet.slots(r)
        if not slots:
            return
        columns = indicator_columns(slots)
        if columns is not None and self.mode != "done":
            if self.table is None:
                self.table = IndicatorReader(columns, self.draft)
            self.table.header(columns, row)  # a header repeated on the next page may move columns
            self.mode = "table"
            return
        if self.mode == "table" and self.table is not None:
            self.table.take(row)
            if self.table.total is not None:
                self.mode = "done"
                self.grade = self.grade or read_grade(row, self.draft)  # '自评等级：优' beside 总分
            return
        if self.mode == "done":
            self.grade = self.grade or read_grade(row, self.draft)
            self._notes(row)
            return
        self._head(row)

    def _head(self, row: Row) -> None:
        sheet, r = row
        money = funds_columns(sheet.slots(r))
        if money is not None and self.funds is None:
            self.funds = FundsReader(row, money, self.draft)
            self.mode = "funds"
            return
        goals = goal_columns(row)
        if not goals and self.mode == "funds" and self.funds is not None and self.funds.take(row):
            return
        if goals:
            self.goal_cols, self.mode = goals, "goals"
            if len(goals) == 1:  # '预期目标 | text' on one row
                self._inline_goal(row, goals)
            return
        if self.mode == "goals" and self.goal_cols:
            self.goals.update(read_goals(row, self.goal_cols, self.draft))
            self.mode = "head"
            return
        self.mode = "head"
        read_project(row, self.fields, self.draft)
        self.grade = self.grade or read_grade(row, self.draft)

    def _notes(self, row: Row) -> None:
        """'注：…' printed under the table stays form-level text, never an indicator row."""
        sheet, r = row
        for slot in sheet.slots(r):
            match = _NOTE.match(slot.cell.text.strip())
            note = value_text(match.group(1)) if match else None
            if note and slot.top:
                self.draft.sources[f"notes[{len(self.notes)}]"] = slot.cell.source
                self.notes.append(note)

    def _inline_goal(self, row: Row, goals: dict[str, int]) -> None:
        sheet, r = row
        ((goal, col),) = goals.items()
        after = [s for s in sheet.slots(r) if s.col > col]
        if after:
            value = self.draft.text(after[0].cell, f"goals.{goal}")
            if value:
                self.goals[goal] = value
                self.mode = "head"


def read_form(rows: list[Row]) -> ReadForm | None:
    """The form in these rows, or None when they hold no form (no name, funds or indicators)."""
    reader = _Reader()
    title, year = read_title(rows, reader.draft)
    for row in rows:
        reader.take(row)
    draft, table = reader.draft, reader.table
    if len(reader.fields) < _MIN_FIELDS and reader.funds is None and table is None:
        return None  # a list with a 项目名称 column, not a form
    form = Form(
        kind="department" if title and "部门整体" in title else "project",
        title=title,
        year=year,
        project=Project(**reader.fields),
        funds=reader.funds.funds() if reader.funds is not None else Form().funds,
        goals=Goals(**reader.goals),
        indicators=tuple(table.rows) if table else (),
        total=table.total if table and table.total else Form().total,
        grade=reader.grade,
        notes=tuple(reader.notes),
        level1_weights=dict(table.weights) if table else {},
    )
    form = form.model_copy(update={"sources": dict(draft.sources)})
    return ReadForm(form=form, findings=(*_classify(rows, form), *draft.findings))


def _classify(rows: list[Row], form: Form) -> list[Finding]:
    """The text reader's judgement of non-standard and cut-off forms, pointed at cells (R1)."""
    text = "\n".join(s.cell.text for sheet, r in rows for s in sheet.slots(r) if s.top)
    shown = [s.cell.source for sheet, r in rows for s in sheet.slots(r)]
    first, last = (shown[0], shown[-1]) if shown else (None, None)
    out: list[Finding] = []
    reason = nonstandard_reason(text, form, False)
    if reason is not None:
        out.append(nonstandard_finding(reason, 0).model_copy(update={"source": first}))
    lost = no_digits(text, 0)
    if lost is not None:
        out.append(lost.model_copy(update={"source": first}))
    cut = truncation(text, form, "total" in form.sources, 0)
    if cut is not None:
        out.append(cut.model_copy(update={"source": last}))
    return out
