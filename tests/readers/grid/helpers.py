"""Tables written inline for the grid tests: '<' continues the cell on the left, '^' above."""

from __future__ import annotations

import json
from pathlib import Path

from jixiao.model.finding import Source
from jixiao.readers.grid.table import Cell, Table

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
LEFT, UP = "<", "^"


def col_name(c: int) -> str:
    return chr(ord("A") + c)


def grid(
    rows: list[list[str]],
    label: str = "Sheet1",
    *,
    page: int | None = None,
    origin: tuple[int, int] = (0, 0),
    edges: list[float] | None = None,
) -> Table:
    """A Table from rows of strings; blanks are None, markers make merges; sources name cells.

    ``origin`` shifts the grid inside a larger blank sheet (a form not starting at A1); with
    ``edges`` (the x of each column line) a source is a PDF cell box 'x0,top,x1,bottom'.
    """
    top, left = origin
    width = max(len(row) for row in rows) + left
    padded = [[""] * width for _ in range(top)] + [[""] * left + row for row in rows]
    padded = [row + [""] * (width - len(row)) for row in padded]
    out: list[tuple[Cell | None, ...]] = []
    for r, row in enumerate(padded):
        cells: list[Cell | None] = []
        for c, text in enumerate(row):
            if text in ("", LEFT, UP):
                cells.append(None)
                continue
            colspan = 1
            while c + colspan < width and row[c + colspan] == LEFT:
                colspan += 1
            rowspan = 1
            while r + rowspan < len(padded) and padded[r + rowspan][c] == UP:
                rowspan += 1
            where = f"{label}!{col_name(c)}{r + 1}"
            if edges is not None:
                where = f"{edges[c]},{r * 20},{edges[c + colspan]},{(r + rowspan) * 20}"
            source = Source(page=page, cell=where)
            cells.append(Cell(text, source, rowspan, colspan))
        out.append(tuple(cells))
    return Table(tuple(out), label, (page,) if page else ())


def _show(value: object) -> str:
    """A number as a form prints it: '4,100.000000', '53.02%' for a rate."""
    return "" if value is None else str(value)


def _money(value: object) -> str:
    if value is None:
        return ""
    whole, _, frac = str(value).partition(".")
    return f"{int(whole):,}" + (f".{frac}" if frac else "")


def _runs(values: list[str]) -> list[str]:
    """A column with runs of equal values merged vertically, as the printed form merges them."""
    return [UP if i and v == values[i - 1] else v for i, v in enumerate(values)]


def seed_table() -> tuple[Table, dict[str, object]]:
    """The seed's facts (examples/seed-2021-zgc.json) laid out as the national 2020 form."""
    text = (EXAMPLES / "seed-2021-zgc.json").read_text(encoding="utf-8")
    data = json.loads(text, parse_float=str, parse_int=str)
    p, f, g = data["project"], data["funds"], data["goals"]
    w = 9
    rows: list[list[str]] = [
        [data["title"]] + [LEFT] * (w - 1),
        [f"（{data['year']}年度）"] + [LEFT] * (w - 1),
        ["项目名称", p["name"]] + [LEFT] * (w - 2),
        ["主管部门", p["department"], LEFT, LEFT, "实施单位", p["unit"], LEFT, LEFT, LEFT],
        ["项目负责人", p["leader"], LEFT, LEFT, "联系电话", p["phone"], LEFT, LEFT, LEFT],
        [
            "项目资金\n（万元）",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
            "",
        ],
    ]
    for key in ("total", "appropriation", "carryover", "other"):
        row = f[key]
        rate = f"{row['rate']}%" if row["rate"] is not None else ""
        shown = [_money(row["initial"]), _money(row["adjusted"]), _money(row["executed"])]
        dash = "" if row["initial"] is None else "-"
        weight = _show(row["weight"]) or dash
        score = _show(row["score"]) or dash
        rows.append([UP, row["label"], *shown, weight, rate, score, ""])
    rows.append(
        ["年度\n总体\n目标", "预期目标", LEFT, LEFT, "实际完成情况", LEFT, LEFT, LEFT, LEFT]
    )
    # Long texts wrap inside their cell; the reader joins the lines back.
    expected = "\n".join(g["expected"][i : i + 40] for i in range(0, len(g["expected"]), 40))
    rows.append([UP, expected, LEFT, LEFT, g["actual"], LEFT, LEFT, LEFT, LEFT])
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows.append(["绩效\n指标", *header, "偏差原因分析及改进\n措施"])
    inds = data["indicators"]
    level1 = _runs([i["level1"] for i in inds])
    level2 = _runs([i["level2"] for i in inds])
    for k, ind in enumerate(inds):
        rows.append(
            [
                UP,
                level1[k],
                level2[k],
                ind["name"],
                ind["target"],
                ind["actual"],
                _show(ind["weight"]) or "-",
                _show(ind["score"]) or "-",
                ind["deviation"] or "",
            ]
        )
    total = data["total"]
    rows.append(
        [UP, "总分", LEFT, LEFT, LEFT, LEFT, _show(total["weight"]), _show(total["score"]), ""]
    )
    return grid(rows), data
