"""What the form page shows: inputs laid out like the official table, with each row's computed
score and findings beside it (the same cells the live-score response replaces)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Form
from jixiao.model.report import IndicatorResult, Report
from jixiao.web.fields import FUNDS_NUMBERS, FUNDS_ROWS, ROW_NUMBERS, ROW_TEXT

FUNDS_LABELS = {
    "total": "年度资金总额",
    "appropriation": "其中：当年财政拨款",
    "carryover": "上年结转资金",
    "other": "其他资金",
}
# Rows the rules do not pin to one number: the score may lie anywhere in the band (P4, P10).
_BANDED = {"qualitative", "deadline"}
_INDICATOR = re.compile(r"indicators\[(\d+)\]")
_FUNDS = re.compile(r"funds\.(total|appropriation|carryover|other)\b")


@dataclass(frozen=True)
class Cell:
    """One input: its model path (the input's name) and the text shown in it."""

    path: str
    value: str


@dataclass(frozen=True)
class ShownFinding:
    severity: str
    label: str
    code: str
    rule: str
    message: str
    where: str


@dataclass(frozen=True)
class Live:
    """Computed values and findings by row key ('ind-3', 'funds-total', 'total', 'general')."""

    calc: dict[str, str] = field(default_factory=dict)
    findings: dict[str, list[ShownFinding]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    keys: tuple[str, ...] = ()  # every row that shows findings, so emptied rows are cleared too


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def cells(form: Form, raw: Mapping[str, str] | None = None) -> dict[str, object]:
    """Every input of the page; ``raw`` (what the user posted) wins, so nothing typed is lost."""
    raw = raw or {}

    def cell(path: str, value: object) -> Cell:
        return Cell(path, raw[path] if path in raw else text(value))

    funds = [
        {
            "key": key,
            "label": FUNDS_LABELS[key],
            "cols": [
                cell(f"funds.{key}.{c}", getattr(getattr(form.funds, key), c))
                for c in FUNDS_NUMBERS
            ],
        }
        for key in FUNDS_ROWS
    ]
    rows = [
        {
            "i": i,
            "key": f"ind-{i}",
            **{k: cell(f"indicators[{i}].{k}", getattr(ind, k)) for k in (*ROW_TEXT, *ROW_NUMBERS)},
        }
        for i, ind in enumerate(form.indicators)
    ]
    return {
        "year": cell("year", form.year),
        "project": {
            k: cell(f"project.{k}", getattr(form.project, k))
            for k in ("name", "code", "department", "unit", "leader", "phone")
        },
        "funds": funds,
        "goals": {k: cell(f"goals.{k}", getattr(form.goals, k)) for k in ("expected", "actual")},
        "rows": rows,
        "total": {k: cell(f"total.{k}", getattr(form.total, k)) for k in ("weight", "score")},
        "grade": cell("grade", form.grade),
    }


def row_key(path: str) -> str:
    """Which row of the page a finding's model path belongs to."""
    if m := _INDICATOR.match(path):
        return f"ind-{m.group(1)}"
    if m := _FUNDS.match(path):
        return f"funds-{m.group(1)}"
    if path.startswith("total") or path == "grade":
        return "total"
    return "general"


def live(report: Report, input_errors: Mapping[str, str]) -> Live:
    """The computed cells and the findings of each row, worst first."""
    rows = len(report.form.indicators)
    calc = {f"ind-{i}": "—" for i in range(rows)}
    calc.update({f"ind-{r.index}": _indicator_calc(r) for r in report.computed.indicators})
    ex = report.computed.execution
    calc["funds-rate"] = _num(ex.rate, 2)
    calc["funds-score"] = _num(ex.score, 2)
    calc["total"] = _num(report.computed.total.score, 2)
    calc["grade"] = report.computed.grade.grade or "—"
    shown: dict[str, list[ShownFinding]] = {}
    bad_inputs = [_input_finding(p, m) for p, m in input_errors.items()]
    for path, f in [*bad_inputs, *((f.path, f) for f in report.findings)]:
        shown.setdefault(row_key(path), []).append(_shown(f))
    for items in shown.values():
        items.sort(key=lambda s: Severity(s.severity).rank)
    counts = {s.value: 0 for s in Severity}
    for items in shown.values():
        for s in items:
            counts[s.severity] += 1
    keys = (
        *(f"ind-{i}" for i in range(rows)),
        *(f"funds-{k}" for k in FUNDS_ROWS),
        "total",
        "general",
    )
    return Live(calc=calc, findings=shown, counts=counts, keys=keys)


def _indicator_calc(r: IndicatorResult) -> str:
    if not r.scored:
        return "不计分"
    band = (
        f"{_num(r.band_low, 2)}–{_num(r.band_high, 2)}"
        if r.method in _BANDED
        and r.band_low is not None
        and r.band_high is not None
        and r.band_low != r.band_high
        else ""
    )
    if r.score is not None:
        # A qualitative or late row may score anywhere in its band: show the band beside it.
        return f"{_num(r.score, 2)}（{band}）" if band else _num(r.score, 2)
    return band or "—"


def _num(value: Decimal | None, places: int) -> str:
    if value is None:
        return "—"
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


def _input_finding(path: str, message: str) -> tuple[str, Finding]:
    return path, Finding(
        code="INPUT.invalid", severity=Severity.ERROR, path=path, message=message, rule="R1"
    )


def _shown(f: Finding) -> ShownFinding:
    return ShownFinding(
        severity=f.severity.value,
        label=f.severity.label,
        code=f.code,
        rule=f.rule,
        message=f.message,
        where=f.path,
    )


_COLUMN_LABELS = {
    "initial": "年初预算数",
    "adjusted": "全年预算数",
    "executed": "全年执行数",
    "weight": "分值",
    "rate": "执行率",
    "score": "得分",
    "reason": "原因",
    "label": "名称",
}
_ROW_LABELS = {
    "level1": "一级指标",
    "level2": "二级指标",
    "name": "三级指标",
    "target": "年度指标值",
    "actual": "实际完成值",
    "weight": "分值",
    "score": "得分",
    "deviation": "偏差原因",
    "nature": "指标性质",
    "unit": "度量单位",
    "applicable": "是否适用",
}
_PLAIN_LABELS = {
    "year": "年度",
    "title": "表名",
    "grade": "自评等级",
    "kind": "表的类型",
    "project.name": "项目名称",
    "project.code": "项目编码",
    "project.department": "主管部门",
    "project.unit": "实施单位",
    "project.leader": "项目负责人",
    "project.phone": "联系电话",
    "goals.expected": "年度总体目标·预期目标",
    "goals.actual": "年度总体目标·实际完成情况",
    "total.weight": "总分·分值",
    "total.score": "总分·得分",
    "funds.unit": "资金单位",
    "funds": "项目资金",
    "goals": "年度总体目标",
}


def path_label(path: str) -> str:
    """A model path in the words of the form: 'indicators[2].score' → '第3行指标·得分'."""
    if path in _PLAIN_LABELS:
        return _PLAIN_LABELS[path]
    if m := re.fullmatch(r"indicators\[(\d+)\](?:\.(\w+))?", path):
        row = f"第{int(m.group(1)) + 1}行指标"
        return f"{row}·{_ROW_LABELS.get(m.group(2), m.group(2))}" if m.group(2) else row
    if m := re.fullmatch(r"funds\.(total|appropriation|carryover|other)(?:\.(\w+))?", path):
        row = FUNDS_LABELS[m.group(1)]
        return f"{row}·{_COLUMN_LABELS.get(m.group(2), m.group(2))}" if m.group(2) else row
    return path
