"""Findings on the form: numbered notes, marked cells and a 审核 margin column with computed scores.

The computed numbers come from the Report the engine made; nothing here scores (a writer must not
re-score: tests/test_layers.py). Each finding is numbered in report order; the cell its path
names is coloured by the worst severity on it, and the margin of its row lists the numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from jixiao.model.finding import Finding, Severity
from jixiao.model.report import Computed, Report
from jixiao.writers.cells import Box, Kind
from jixiao.writers.layouts import Printed, Row

REVIEW_WIDTH = 18.0
_INDEX = re.compile(r"^indicators\[(\d+)\]")
_FIELDS = {
    "name": "三级指标",
    "target": "指标值",
    "actual": "实际完成值",
    "weight": "分值",
    "score": "得分",
    "deviation": "偏差原因",
    "level1": "一级指标",
    "level2": "二级指标",
    "nature": "指标性质",
    "unit": "度量单位",
    "initial": "年初预算数",
    "adjusted": "全年预算数",
    "executed": "全年执行数",
    "rate": "执行率",
    "reason": "原因",
    "expected": "预期目标",
}
_PLACES = {
    "total": "总分",
    "grade": "自评等级",
    "funds.total": "年度资金总额",
    "funds.appropriation": "当年财政拨款",
    "funds.carryover": "上年结转资金",
    "funds.other": "其他资金",
    "goals": "年度总体目标",
    "project": "表头",
    "level1_weights": "一级指标分值",
}


@dataclass(frozen=True)
class Note:
    """One numbered finding as printed on the form and in the appendix."""

    number: int
    severity: str  # error / warning / info
    label: str  # 错误 / 警告 / 提示
    code: str
    rule: str
    message: str
    where: str  # the place on the printed form, in Chinese
    path: str

    def line(self) -> str:
        return f"{self.number}. [{self.label} {self.rule}] {self.message}"


def where(path: str) -> str:
    """'indicators[3].score' → '第4行指标 · 得分': the place on the printed form."""
    head, _, field = path.rpartition(".")
    match = _INDEX.match(path)
    if match:
        row = f"第{int(match.group(1)) + 1}行指标"
        rest = path[match.end() :].lstrip(".")
        return f"{row} · {_FIELDS.get(rest, rest)}" if rest else row
    for prefix in (path, head):
        if prefix in _PLACES:
            tail = _FIELDS.get(field, field) if prefix == head else ""
            return f"{_PLACES[prefix]} · {tail}" if tail else _PLACES[prefix]
    return _FIELDS.get(field, path)


def numbered(findings: tuple[Finding, ...]) -> list[Note]:
    return [
        Note(
            number=n,
            severity=f.severity.value,
            label=f.severity.label,
            code=f.code,
            rule=f.rule,
            message=f.message,
            where=where(f.path),
            path=f.path,
        )
        for n, f in enumerate(findings, start=1)
    ]


def annotate(printed: Printed, report: Report) -> tuple[Printed, list[Note]]:
    """The table with marked cells and a 审核 margin column, and the numbered notes."""
    notes = numbered(report.findings)
    anchors = _anchors(printed, notes)
    rows: list[Row] = []
    for key, cells in printed.rows:
        marked = [_mark(box, anchors) for box in cells]
        if (cells and cells[0].kind is Kind.NOTE) or key.endswith(".block"):
            marked[-1] = replace(marked[-1], colspan=marked[-1].colspan + 1)
        else:
            marked.append(_review(key, cells, anchors, report.computed))
        rows.append((key, marked))
    widths = (*printed.widths, REVIEW_WIDTH)
    return replace(printed, rows=rows, widths=widths), notes


def _anchors(printed: Printed, notes: list[Note]) -> dict[str, list[Note]]:
    """Notes by the path of the cell that shows them; a row or level path goes to a cell of it."""
    paths = [b.path for _, cells in printed.rows for b in cells if b.path]
    out: dict[str, list[Note]] = {}
    for note in notes:
        target = _target(note.path, paths, printed)
        if target is not None:
            out.setdefault(target, []).append(note)
    return out


def _target(path: str, paths: list[str], printed: Printed) -> str | None:
    if path in paths:
        return path
    inside = next((p for p in paths if p.startswith(path + ".") or p.startswith(path + "[")), None)
    if inside is not None:
        return inside
    if path.startswith("level1_weights."):
        name = path.split(".", 1)[1]
        level = (
            b.path for _, cells in printed.rows for b in cells if b.text.startswith(name) and b.path
        )
        return next((p for p in level if p.endswith(".level1")), None)
    parent = path.rpartition(".")[0]
    return _target(parent, paths, printed) if parent else None


def _mark(box: Box, anchors: dict[str, list[Note]]) -> Box:
    found = anchors.get(box.path or "")
    if not found:
        return box
    worst = min((Severity(n.severity) for n in found), key=lambda s: s.rank)
    return replace(box, marks=tuple(n.number for n in found), severity=worst.value)


def _review(key: str, cells: list[Box], anchors: dict[str, list[Note]], c: Computed) -> Box:
    if key in ("funds", "indicators"):
        return Box("审核", Kind.LABEL, header=True)
    lines = _computed_lines(key, c)
    numbers = sorted({n.number for b in cells if b.path for n in anchors.get(b.path, [])})
    if numbers:
        lines.append("见注 " + "、".join(str(n) for n in numbers))
    return Box("\n".join(lines), Kind.REVIEW, path=f"{key}.review")


def _computed_lines(key: str, c: Computed) -> list[str]:
    """The rule's numbers beside the reported ones: 执行率/得分, each row's score, the total."""
    if key == "funds.total" and (c.execution.rate is not None or c.execution.score is not None):
        out = []
        if c.execution.rate is not None:
            out.append(f"规则执行率 {_two(c.execution.rate)}%")
        if c.execution.score is not None:
            out.append(f"规则得分 {_two(c.execution.score)}")
        return out
    match = _INDEX.match(key)
    if match:
        index = int(match.group(1))
        result = next((r for r in c.indicators if r.index == index), None)
        if result is None:
            return []
        if not result.scored:
            return ["不计分"]
        if result.score is not None:
            return [f"规则得分 {_two(result.score)}"]
        if result.band_low is not None and result.band_high is not None:
            return [f"允许 {_two(result.band_low)}–{_two(result.band_high)}"]
        return []
    if key == "total":
        out = []
        if c.total.score is not None:
            out.append(f"规则总分 {_two(c.total.score)}")
        if c.total.rescaled is not None and c.total.rescaled != c.total.score:
            out.append(f"折算 {_two(c.total.rescaled)}")
        if c.grade.grade:
            out.append(f"规则等级 {c.grade.grade}")
        return out
    return []


def _two(value: Decimal) -> str:
    """Two decimals, half up, as the form prints scores (a display rounding, not a re-score)."""
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
