"""Sichuan's 2023 table: 预算执行情况 with 调整后预算数 and 原因; 指标性质 and 度量单位 columns.

Eleven columns: 一级 | 二级 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |
未完成原因 (two columns).
"""

from __future__ import annotations

from jixiao.model.form import Form
from jixiao.writers.cells import Box, Kind
from jixiao.writers.layouts import (
    DEFAULT_TITLE,
    Printed,
    Row,
    funds_rows,
    grade_text,
    head_rows,
    label,
    level_cells,
    note_rows,
    number,
    subtitle,
    text,
)

COLUMNS = 11
WIDTHS = (7.0, 7.0, 11.0, 6.0, 14.0, 13.0, 15.0, 7.0, 7.0, 9.0, 11.0)
_INDICATOR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值")


def sichuan(form: Form) -> Printed:
    rows = head_rows(form, (10, 4, 5), always_leader=False)
    head = len(rows)
    rows += _goals(form)
    rows += _funds(form)
    rows += _indicators(form)
    rows.append(_total(form))
    rows += note_rows(form, COLUMNS)
    return Printed(form.title or DEFAULT_TITLE, subtitle(form), rows, WIDTHS, head)


def _goals(form: Form) -> list[Row]:
    g = form.goals
    return [
        (
            "goals",
            [
                label("项目年度目标", colspan=5, header=True),
                label("年度目标完成情况", colspan=6, header=True),
            ],
        ),
        (
            "goals.expected",
            [text(g.expected, "goals.expected", 5), text(g.actual, "goals.actual", 6)],
        ),
    ]


def _funds(form: Form) -> list[Row]:
    weight = form.funds.total.weight
    title = f"预算执行情况（{weight}分）" if weight is not None else "预算执行情况"
    header = [label(f"年度预算数（{form.funds.unit}）", colspan=2), label("年初预算", 2)]
    header += [
        label(t, header=True) for t in ("调整后预算数", "预算执行数", "预算执行率", "权重", "得分")
    ]
    header.append(label("原因", colspan=2, header=True))
    rows: list[Row] = [("funds.block", [label(title, colspan=COLUMNS)]), ("funds", header)]
    for path, row in funds_rows(form):
        cells = [
            text(row.label, path, colspan=2),
            number(row.initial, f"{path}.initial", Kind.MONEY, colspan=2),
            number(row.adjusted, f"{path}.adjusted", Kind.MONEY),
            number(row.executed, f"{path}.executed", Kind.MONEY),
            number(row.rate, f"{path}.rate", Kind.PERCENT),
            number(row.weight, f"{path}.weight"),
            number(row.score, f"{path}.score"),
            text(row.reason, f"{path}.reason", colspan=2),
        ]
        rows.append((path, cells))
    return rows


def _indicators(form: Form) -> list[Row]:
    head = [label(t, header=True) for t in _INDICATOR_HEAD]
    head += [label("权重", header=True), label("得分", header=True)]
    head.append(label("未完成原因分析", colspan=2, header=True))
    rows: list[Row] = [("indicators.block", [label("绩效指标", colspan=COLUMNS)])]
    rows.append(("indicators", head))
    for n, (levels, ind) in enumerate(zip(level_cells(form), form.indicators, strict=True)):
        path = f"indicators[{n}]"
        cells = [
            *levels,
            text(ind.name, f"{path}.name"),
            text(ind.nature, f"{path}.nature"),
            text(ind.target, f"{path}.target"),
            text(ind.unit, f"{path}.unit"),
            text(ind.actual, f"{path}.actual"),
            number(ind.weight, f"{path}.weight"),
            number(ind.score, f"{path}.score"),
            text(ind.deviation, f"{path}.deviation", colspan=2),
        ]
        rows.append((path, cells))
    return rows


def _total(form: Form) -> Row:
    cells: list[Box] = [
        label("合计", colspan=7),
        number(form.total.weight, "total.weight"),
        number(form.total.score, "total.score"),
        text(grade_text(form), "grade", colspan=2),
    ]
    return ("total", cells)
