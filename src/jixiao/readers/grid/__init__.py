"""The grid reader: finds and reads the 绩效自评表 forms in Tables from PDF, Excel, Word and HTML.

``locate`` cuts the tables into forms (several per table, one running over pages); ``form`` reads
each by its printed labels and column headers, never by fixed positions. See table.py for the
Table contract the format readers fill.
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.readers.base import ReadForm, UnreadableInput
from jixiao.readers.grid.draft import Row
from jixiao.readers.grid.form import read_form
from jixiao.readers.grid.locate import find_forms
from jixiao.readers.grid.sheet import Sheet
from jixiao.readers.grid.table import Cell, Table

__all__ = ["Cell", "Table", "forms_in", "read_tables"]


def read_tables(tables: Sequence[Table]) -> list[ReadForm]:
    """Every form in the tables, labelled with its pages or table; [] when none holds a form.

    The format reader turns [] into UnreadableInput with its own message.
    """
    sheets = [Sheet(table, i) for i, table in enumerate(tables)]
    read: list[tuple[ReadForm, str]] = []
    for rows in find_forms(sheets):
        form = read_form(rows)
        if form is not None:
            read.append((form, _where(rows)))
    many = len(read) > 1
    out = []
    for i, (form, where) in enumerate(read):
        label = f"第{i + 1}张表" if many else ""
        label = f"{label}（{where}）" if label and where else label or where
        out.append(ReadForm(form.form, form.findings, label or None))
    return out


def _where(rows: list[Row]) -> str:
    """'第3页', '第12–14页' for PDF tables, else the tables' labels ('Sheet1')."""
    pages = sorted({p for sheet, _ in rows for p in sheet.table.pages})
    if pages:
        return f"第{pages[0]}页" if len(pages) == 1 else f"第{pages[0]}–{pages[-1]}页"
    labels = dict.fromkeys(sheet.table.label for sheet, _ in rows if sheet.table.label)
    return "、".join(labels)


def forms_in(tables: Sequence[Table], where: str) -> list[ReadForm]:
    """read_tables for a format reader: UnreadableInput naming ``where`` when no form is found."""
    forms = read_tables(tables)
    if not forms:
        raise UnreadableInput(f"{where}没有找到绩效自评表")
    return forms
