"""The grid reader: finds and reads the 绩效自评表 forms in Tables from PDF, Excel, Word and HTML.

``locate`` cuts the tables into forms (several per table, one running over pages); ``form`` reads
each by its printed labels and column headers, never by fixed positions. See table.py for the
Table contract the format readers fill.
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.model.finding import Finding, Severity
from jixiao.readers.base import ReadForm, UnreadableInput
from jixiao.readers.grid.draft import Row
from jixiao.readers.grid.form import read_form
from jixiao.readers.grid.locate import find_forms
from jixiao.readers.grid.sheet import Sheet
from jixiao.readers.grid.table import BROKEN_TABLE_CODE, Cell, Table, broken_table

__all__ = ["BROKEN_TABLE_CODE", "Cell", "Table", "broken_table", "forms_in", "read_tables"]


def read_tables(tables: Sequence[Table]) -> list[ReadForm]:
    """Every form in the tables, labelled with its pages or table; [] when none holds a form.

    A table's own findings go to the forms read from it; the warnings of a table no form came
    from (a damaged sheet) go to every form, so a reader of the good sheets still learns of it.
    The format reader turns [] into UnreadableInput with its own message.
    """
    sheets = [Sheet(table, i) for i, table in enumerate(tables) if table.rows]
    read: list[tuple[ReadForm, str, set[int]]] = []
    for rows in find_forms(sheets):
        form = read_form(rows)
        if form is not None:
            read.append((form, _where(rows), {sheet.index for sheet, _ in rows}))
    used = set().union(*(own for _, _, own in read))
    # An unused table's notes (INFO) say nothing about the forms; its problems do.
    orphans = [
        f
        for i, table in enumerate(tables)
        if i not in used
        for f in table.findings
        if f.severity is not Severity.INFO
    ]
    many = len(read) > 1
    out = []
    for i, (form, where, own) in enumerate(read):
        label = f"第{i + 1}张表" if many else ""
        label = f"{label}（{where}）" if label and where else label or where
        mine = [f for j in sorted(own) for f in tables[j].findings]
        findings = (*form.findings, *mine, *orphans)
        out.append(ReadForm(form.form, findings, label or None))
    return out


def _where(rows: list[Row]) -> str:
    """'第3页', '第12–14页' for PDF tables, else the tables' labels ('Sheet1')."""
    pages = sorted({p for sheet, _ in rows for p in sheet.table.pages})
    if pages:
        return f"第{pages[0]}页" if len(pages) == 1 else f"第{pages[0]}–{pages[-1]}页"
    labels = dict.fromkeys(sheet.table.label for sheet, _ in rows if sheet.table.label)
    return "、".join(labels)


def forms_in(tables: Sequence[Table], where: str) -> list[ReadForm]:
    """read_tables for a format reader: UnreadableInput naming ``where`` when no form is found,
    with the tables that could not be read as the likely reason."""
    forms = read_tables(tables)
    if not forms:
        raise UnreadableInput(f"{where}没有找到绩效自评表{_reasons(tables)}")
    return forms


def _reasons(tables: Sequence[Table]) -> str:
    broken = [f for t in tables for f in t.findings if f.code == BROKEN_TABLE_CODE]
    if not broken:
        return ""
    return "（" + "；".join(_bare(f) for f in broken[:3]) + ("等" if len(broken) > 3 else "") + "）"


def _bare(finding: Finding) -> str:
    return finding.message.removesuffix("（R1）").removesuffix("，已跳过，请核对原文件")
