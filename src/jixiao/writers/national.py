"""The national 2020 table (财预〔2020〕10号 附件) and Beijing's 2021 version of it.

Nine columns: side label | 一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
偏差原因.
Beijing 2021 prints the same table with a 项目负责人/联系电话 row on every form.
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
    side_label,
    subtitle,
    text,
)

COLUMNS = 9
WIDTHS = (6.0, 10.0, 10.0, 16.0, 19.0, 19.0, 7.0, 10.0, 17.0)
_INDICATOR_HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")


def national(form: Form) -> Printed:
    return _build(form, always_leader=False)


def beijing(form: Form) -> Printed:
    return _build(form, always_leader=True)


def _build(form: Form, *, always_leader: bool) -> Printed:
    rows = head_rows(form, (8, 3, 4), always_leader)
    head = len(rows)
    rows += _funds(form)
    rows += _goals(form)
    rows += _indicators(form)
    rows.append(_total(form))
    rows += note_rows(form, COLUMNS)
    return Printed(form.title or DEFAULT_TITLE, subtitle(form), rows, WIDTHS, head)


def _funds(form: Form) -> list[Row]:
    listed = funds_rows(form)
    unit = form.funds.unit
    header = [label(f"项目资金（{unit}）", rowspan=len(listed) + 1), label("", colspan=2)]
    header += [
        label(t, header=True)
        for t in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    ]
    rows: list[Row] = [("funds", header)]
    for path, row in listed:
        cells = [
            text(row.label, path, colspan=2),
            number(row.initial, f"{path}.initial", Kind.MONEY),
            number(row.adjusted, f"{path}.adjusted", Kind.MONEY),
            number(row.executed, f"{path}.executed", Kind.MONEY),
            number(row.weight, f"{path}.weight"),
            number(row.rate, f"{path}.rate", Kind.PERCENT),
            number(row.score, f"{path}.score"),
        ]
        rows.append((path, cells))
    return rows


def _goals(form: Form) -> list[Row]:
    g = form.goals
    return [
        (
            "goals",
            [
                label("年度总体目标", rowspan=2),
                label("预期目标", colspan=4, header=True),
                label("实际完成情况", colspan=4, header=True),
            ],
        ),
        (
            "goals.expected",
            [text(g.expected, "goals.expected", 4), text(g.actual, "goals.actual", 4)],
        ),
    ]


def _indicators(form: Form) -> list[Row]:
    header = [label(t, header=True) for t in _INDICATOR_HEAD]
    header.append(label("偏差原因分析及改进措施", header=True))
    rows: list[Row] = [("indicators", header)]
    for n, (levels, ind) in enumerate(zip(level_cells(form), form.indicators, strict=True)):
        path = f"indicators[{n}]"
        cells = [
            *levels,
            text(ind.name, f"{path}.name"),
            text(ind.target, f"{path}.target"),
            text(ind.actual, f"{path}.actual"),
            number(ind.weight, f"{path}.weight"),
            number(ind.score, f"{path}.score"),
            text(ind.deviation, f"{path}.deviation"),
        ]
        rows.append((path, cells))
    return side_label(rows, "绩效指标")


def _total(form: Form) -> Row:
    cells: list[Box] = [
        label("总分", colspan=6),
        number(form.total.weight, "total.weight"),
        number(form.total.score, "total.score"),
        text(grade_text(form), "grade"),
    ]
    return ("total", cells)
