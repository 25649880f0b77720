"""The printed form as rows of cells, shared by every writer: what a cell shows and what it holds.

A layout (``layouts.py``) builds ``Grid`` rows the way the official table prints them: each row
lists only the cells that start in it, with their row and column spans, like HTML ``<tr>``.
``place`` turns that into absolute positions for the workbook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class Kind(Enum):
    """What a cell is, which decides its style and how a workbook stores it."""

    TITLE = "title"  # the form's name above the table
    SUBTITLE = "subtitle"  # （2021年度）
    LABEL = "label"  # a printed label: 项目名称, 年初预算数, 一级指标 …
    TEXT = "text"  # a value the unit wrote: names, targets, reasons
    MONEY = "money"  # an amount in 万元/元, thousands separated
    NUMBER = "number"  # 分值 and 得分
    PERCENT = "percent"  # 执行率, stored as a fraction in a workbook
    NOTE = "note"  # 注：… under the table
    REVIEW = "review"  # the annotation column: computed scores and note numbers


@dataclass(frozen=True)
class Box:
    """One printed cell. ``number`` is the value a workbook stores for MONEY/NUMBER/PERCENT."""

    text: str
    kind: Kind = Kind.TEXT
    rowspan: int = 1
    colspan: int = 1
    number: Decimal | None = None
    path: str | None = None  # the model path shown here, for findings ('indicators[3].score')
    header: bool = False  # a column header (th scope=col) rather than a row label
    marks: tuple[int, ...] = field(default=())  # numbers of the findings noted on this cell
    severity: str | None = None  # the worst severity among them


Grid = list[list[Box]]


@dataclass(frozen=True)
class Placed:
    """A cell at its absolute 0-based position in the table."""

    row: int
    col: int
    box: Box


def place(grid: Grid) -> list[Placed]:
    """Absolute positions: each cell takes the first column its row has not yet covered."""
    taken: set[tuple[int, int]] = set()
    out: list[Placed] = []
    for r, row in enumerate(grid):
        c = 0
        for box in row:
            while (r, c) in taken:
                c += 1
            out.append(Placed(r, c, box))
            taken.update((r + dr, c + dc) for dr in range(box.rowspan) for dc in range(box.colspan))
            c += box.colspan
    return out


def width(grid: Grid) -> int:
    """Columns the grid spans (its widest row, merges followed)."""
    return max((p.col + p.box.colspan for p in place(grid)), default=0)


def decimals(value: Decimal) -> int:
    """How many decimals a number was printed with (5.30 → 2, 15 → 0)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def shown(value: Decimal | None, kind: Kind) -> str:
    """The text the printed form shows for a number, with the decimals it was given."""
    if value is None:
        return ""
    places = decimals(value)
    if kind is Kind.PERCENT:
        return f"{value:.{places}f}%"
    if kind is Kind.MONEY:
        return f"{value:,.{places}f}"
    return f"{value:.{places}f}"
