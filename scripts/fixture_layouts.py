"""The official 自评表 layouts as grids of merged cells: national 2020/Beijing, Sichuan, Anhui.

Each builder takes a ``jixiao.form/1`` dict and returns rows of ``GCell``; rowspan/colspan follow
the printed forms (merged 项目资金/绩效指标 label cells, merged 一级/二级 indicator cells).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from unicodedata import east_asian_width

NCOLS = 9  # label | 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差原因


@dataclass(frozen=True)
class GCell:
    """One printed cell of the official table: its text and how far it spans."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    percent: Decimal | None = None  # a rate cell: Excel stores it as a fraction
    number: Decimal | None = None  # an amount/score cell: Excel stores it as a number


Grid = list[list[GCell]]


def _num(value: Any) -> GCell:
    if value is None:
        return GCell("")
    dec = Decimal(str(value))
    return GCell(str(value), number=dec)


def _rate(value: Any) -> GCell:
    if value is None:
        return GCell("")
    return GCell(f"{value}%", percent=Decimal(str(value)))


def _funds_rows(funds: dict[str, Any]) -> Grid:
    rows: list[dict[str, Any]] = [
        funds[k] for k in ("total", "appropriation", "carryover", "other")
    ]
    rows += funds["extra_rows"]
    head = [
        GCell(f"项目资金（{funds['unit']}）", rowspan=len(rows) + 1),
        GCell("", colspan=2),
        GCell("年初预算数"),
        GCell("全年预算数"),
        GCell("全年执行数"),
        GCell("分值"),
        GCell("执行率"),
        GCell("得分"),
    ]
    grid: Grid = [head]
    for row in rows:
        grid.append(
            [
                GCell(row["label"], colspan=2),
                _num(row["initial"]),
                _num(row["adjusted"]),
                _num(row["executed"]),
                _num(row["weight"]) if row["weight"] is not None else GCell("—"),
                _rate(row["rate"]) if row["rate"] is not None else GCell("—"),
                _num(row["score"]) if row["score"] is not None else GCell("—"),
            ]
        )
    return grid


def _runs(values: list[Any]) -> list[int]:
    """Length of each run of equal consecutive values (a merged level cell), 0 inside a run."""
    spans = [0] * len(values)
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            spans[start] = i - start
            start = i
    return spans


def _indicator_rows(indicators: list[dict[str, Any]]) -> Grid:
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    grid: Grid = [[GCell("绩效指标", rowspan=len(indicators) + 1)]]
    grid[0] += [GCell(t) for t in head] + [GCell("偏差原因分析及改进措施")]
    l1 = _runs([i["level1"] for i in indicators])
    l2 = _runs([(i["level1"], i["level2"]) for i in indicators])
    for n, ind in enumerate(indicators):
        row: list[GCell] = []
        if l1[n]:
            row.append(GCell(ind["level1"], rowspan=l1[n]))
        if l2[n]:
            row.append(GCell(ind["level2"], rowspan=l2[n]))
        row += [GCell(ind["name"]), GCell(ind["target"] or ""), GCell(ind["actual"] or "")]
        row += [_num(ind["weight"]), _num(ind["score"]), GCell(ind["deviation"] or "")]
        grid.append(row)
    return grid


def national_grid(form: dict[str, Any]) -> Grid:
    """The national 2020 layout (Beijing adds 项目负责人/联系电话 when the form has them)."""
    p = form["project"]
    grid: Grid = [
        [GCell(form["title"], colspan=NCOLS)],
        [GCell(f"（{form['year']}年度）" if form.get("year") else "", colspan=NCOLS)],
        [GCell("项目名称"), GCell(p["name"] or "", colspan=8)],
        [
            GCell("主管部门"),
            GCell(p["department"] or "", colspan=3),
            GCell("实施单位"),
            GCell(p["unit"] or "", colspan=4),
        ],
    ]
    if p.get("leader") or p.get("phone"):
        grid.append(
            [
                GCell("项目负责人"),
                GCell(p["leader"] or "", colspan=3),
                GCell("联系电话"),
                GCell(p["phone"] or "", colspan=4),
            ]
        )
    grid += _funds_rows(form["funds"])
    goals = form["goals"]
    grid.append(
        [
            GCell("年度总体目标", rowspan=2),
            GCell("预期目标", colspan=4),
            GCell("实际完成情况", colspan=4),
        ]
    )
    grid.append(
        [GCell(goals["expected"] or "", colspan=4), GCell(goals["actual"] or "", colspan=4)]
    )
    grid += _indicator_rows(list(form["indicators"]))
    total = form["total"]
    grid.append([GCell("总分", colspan=6), _num(total["weight"]), _num(total["score"])])
    grid[-1].append(GCell(f"自评等级：{form['grade']}" if form.get("grade") else ""))
    return grid


def width(grid: Grid) -> int:
    """Number of columns the grid's first row spans."""
    return sum(c.colspan for c in grid[0])


def _blank_dash(value: Any) -> GCell:
    return _num(value) if value is not None else GCell("/")


def _level_cells(indicators: list[dict[str, Any]], weights: dict[str, Any]) -> list[list[GCell]]:
    """The 一级/二级 cells of each indicator row, merged over runs; "(NN分)" when weighted."""
    l1 = _runs([i["level1"] for i in indicators])
    l2 = _runs([(i["level1"], i["level2"]) for i in indicators])
    rows = []
    for n, ind in enumerate(indicators):
        row = []
        if l1[n]:
            label = ind["level1"] or ""
            if label in weights:
                label += f"({weights[label]}分)"
            row.append(GCell(label, rowspan=l1[n]))
        if l2[n]:
            row.append(GCell(ind["level2"] or "", rowspan=l2[n]))
        rows.append(row)
    return rows


def sichuan_grid(form: dict[str, Any]) -> Grid:
    """Sichuan 0013zp: 预算执行情况 with 调整后预算数/原因, 指标性质/指标值/度量单位 and 权重."""
    p, funds = form["project"], form["funds"]
    w = 11
    grid: Grid = [
        [GCell(f"{form['title']}({form['year']}年度)", colspan=w)],
        [GCell("项目名称"), GCell(p["name"] or "", colspan=w - 1)],
        [
            GCell("主管部门"),
            GCell(p["department"] or "", colspan=4),
            GCell("实施单位(盖章)"),
            GCell(p["unit"] or "", colspan=5),
        ],
        [GCell("项目年度目标", colspan=5), GCell("年度目标完成情况", colspan=6)],
        [
            GCell(form["goals"]["expected"] or "", colspan=5),
            GCell(form["goals"]["actual"] or "", colspan=6),
        ],
        [GCell("预算执行情况(10分)", colspan=w)],
        [GCell(f"年度预算数({funds['unit']})", colspan=2), GCell("年初预算", colspan=2)]
        + [GCell(t) for t in ("调整后预算数", "预算执行数", "预算执行率", "权重", "得分")]
        + [GCell("原因", colspan=2)],
    ]
    keys = ("total", "appropriation")
    rows = [funds[k] for k in keys] + list(funds["extra_rows"]) + [funds["other"]]
    for row in rows:
        initial = _num(row["initial"])
        grid.append([GCell(row["label"], colspan=2), replace(initial, colspan=2)])
        grid[-1] += [_num(row["adjusted"]), _num(row["executed"]), _rate(row["rate"])]
        grid[-1] += [_blank_dash(row["weight"]), _blank_dash(row["score"])]
        grid[-1].append(GCell(row["reason"] or "", colspan=2))
    grid.append([GCell("绩效指标(90分)", colspan=w)])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值")
    grid.append([GCell(t) for t in head] + [GCell("权重"), GCell("得分")])
    grid[-1].append(GCell("未完成原因分析", colspan=2))
    indicators = list(form["indicators"])
    for levels, ind in zip(_level_cells(indicators, {}), indicators, strict=True):
        cells = [GCell(ind[k] or "") for k in ("name", "nature", "target", "unit", "actual")]
        cells += [_num(ind["weight"]), _num(ind["score"]), GCell(ind["deviation"] or "", colspan=2)]
        grid.append(levels + cells)
    total = form["total"]
    grid.append([GCell("合计", colspan=7), _num(total["weight"]), _num(total["score"])])
    grid[-1].append(GCell("", colspan=2))
    return grid


def anhui_grid(form: dict[str, Any]) -> Grid:
    """Anhui 道户/衔接资金: 项目负责人及电话, no 年初预算数, 分值 before 指标值, (A)/(B) labels."""
    p, funds, goals = form["project"], form["funds"], form["goals"]
    w = 9
    grid: Grid = [
        [GCell(form["title"], colspan=w)],
        [GCell(f"({form['year']}年度)", colspan=w)],
        [
            GCell("项目名称"),
            GCell(p["name"] or "", colspan=3),
            GCell("项目负责人及电话"),
            GCell(f"{p['leader'] or ''}{p['phone'] or ''}", colspan=4),
        ],
        [
            GCell("主管部门"),
            GCell(p["department"] or "", colspan=3),
            GCell("实施单位"),
            GCell(p["unit"] or "", colspan=4),
        ],
        [GCell(f"资金情况({funds['unit']})", rowspan=4, colspan=2), GCell("", colspan=2)]
        + [GCell(t) for t in ("全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分")],
    ]
    for key in ("total", "appropriation", "other"):
        row = funds[key]
        label = "年度资金总额:" if key == "total" else row["label"]
        grid.append([GCell(label, colspan=2), _num(row["adjusted"]), _num(row["executed"])])
        grid[-1] += [_num(row["weight"]), _rate(row["rate"]), _num(row["score"])]
    grid.append(
        [
            GCell("年度总体目标", rowspan=2),
            GCell("年初设定目标", colspan=4),
            GCell("年度总体目标完成情况综述", colspan=4),
        ]
    )
    grid.append(
        [GCell(goals["expected"] or "", colspan=4), GCell(goals["actual"] or "", colspan=4)]
    )
    indicators = list(form["indicators"])
    head = ("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分")
    grid.append([GCell("绩效指标", rowspan=len(indicators) + 1)] + [GCell(t) for t in head])
    grid[-1].append(GCell("未完成原因及拟采取的改进措施"))
    weights = dict(form.get("level1_weights") or {})
    for levels, ind in zip(_level_cells(indicators, weights), indicators, strict=True):
        cells = [GCell(ind["name"] or ""), _num(ind["weight"]), GCell(ind["target"] or "")]
        cells += [GCell(ind["actual"] or ""), _num(ind["score"]), GCell(ind["deviation"] or "")]
        grid.append(levels + cells)
    total = form["total"]
    grid.append([GCell("总分", colspan=4), _num(total["weight"]), GCell("", colspan=2)])
    grid[-1] += [_num(total["score"]), GCell("")]
    return grid


def _shown_width(text: str) -> int:
    """Excel column-width units a line needs: 2 per CJK (wide) character, 1 per other."""
    return max(
        (sum(2 if east_asian_width(ch) in "WF" else 1 for ch in line) for line in text.split("\n")),
        default=0,
    )


def print_layout(ws: Any, grid: Grid) -> None:
    """Set column widths so every cell's text fits on one line, and print landscape on A4 fitted
    to one page wide (what a user does before printing a form from Calc)."""
    from openpyxl.utils import get_column_letter

    widths = [4] * width(grid)
    placed = placed_cells(grid)
    for _, c, cell in placed:
        if cell.colspan == 1:
            widths[c] = max(widths[c], _shown_width(cell.text) + 2)
    for r, c, cell in placed:
        short = _shown_width(cell.text) + 2 - sum(widths[c : c + cell.colspan])
        if cell.colspan > 1 and r > 1 and short > 0:  # rows 0-1 are the title and 年度
            widths[c + cell.colspan - 1] += short
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0


def placed_cells(grid: Grid) -> list[tuple[int, int, GCell]]:
    """(row, column, cell) of each cell, skipping slots that rowspans above took (as HTML does)."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, cell))
            taken.update(
                (r + dr, c + dc) for dr in range(cell.rowspan) for dc in range(cell.colspan)
            )
            c += cell.colspan
    return placed
