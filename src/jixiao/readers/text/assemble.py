"""One form's text to a Form: header, funds, goals, indicators, total, each with its line."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from jixiao.model.finding import Finding, Source
from jixiao.model.form import Form, Funds, FundsRow, Goals, Indicator, Project, Total
from jixiao.readers.base import reader_finding
from jixiao.readers.text.department_funds import fill_department_rate
from jixiao.readers.text.funds import FundsRead, read_funds
from jixiao.readers.text.funds_order import drop_scrambled
from jixiao.readers.text.glued_funds import fill_glued, fill_label_weight
from jixiao.readers.text.glued_goals import read_glued_goals
from jixiao.readers.text.goals import read_goals
from jixiao.readers.text.header import read_header
from jixiao.readers.text.labelled_funds import (
    fill_budget_breakdown,
    fill_labelled,
    fill_split_label,
)
from jixiao.readers.text.labels import LEVEL1
from jixiao.readers.text.lines import fragments
from jixiao.readers.text.stream import RowDraft
from jixiao.readers.text.suzhou_funds import fill_suzhou_funds
from jixiao.readers.text.table import TableRead, read_table
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import parse_cell_number

_LEVEL1_WEIGHT = re.compile(
    rf"({'|'.join(sorted(LEVEL1, key=len, reverse=True))})\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]"
)
_NOTE = re.compile(r"(?<![\u4e00-\u9fff])注[:：]\s*([^\n]{1,600})")  # not 备注 / 关注
_GRADE = re.compile(
    r"(?:自评等级|评价等级|自评结果|绩效等级)[:：\s|]*([优良中差])(?![a-z\u4e00-\u9fff])"
)
_CELLS = ("name", "target", "actual", "weight", "score", "deviation", "nature", "unit")


def assemble(lines: list[str], first_line: int) -> tuple[Form, list[Finding]]:
    """Read one form from its lines (``first_line`` is the 1-based number of lines[0])."""
    frags = fragments(lines, first_line)
    sources: dict[str, Source] = {}
    findings: list[Finding] = []
    header = read_header(frags)
    for key, line in header.lines.items():
        path = key if key in ("title", "year") else f"project.{key}"
        sources[path] = _at(line)
    funds = fill_glued(drop_scrambled(read_funds(frags), frags), lines, first_line)
    funds = fill_budget_breakdown(fill_labelled(funds, lines, first_line), lines, first_line)
    funds = fill_label_weight(fill_split_label(funds, lines, first_line), lines, first_line)
    funds = fill_suzhou_funds(fill_department_rate(funds, lines, first_line), lines, first_line)
    findings.extend(funds.findings)
    goals = read_goals(frags)
    if goals.expected is None and goals.actual is None:
        goals = read_glued_goals(lines, first_line) or goals
    for key, line in goals.lines.items():
        sources[f"goals.{key}"] = _at(line)
    table = read_table(lines, first_line, frags)
    findings.extend(table.findings)
    indicators = [_indicator(i, row, sources, findings) for i, row in enumerate(table.rows)]
    kind = "department" if header.title and "部门整体" in header.title else "project"
    text = "\n".join(lines)
    notes = _notes(text)
    grade = _GRADE.search(text)
    form = Form(
        kind=kind,
        title=header.title,
        year=header.year,
        project=Project(**header.fields),
        funds=_funds(funds, sources),
        goals=Goals(expected=goals.expected, actual=goals.actual),
        indicators=tuple(indicators),
        total=_total(table, sources, findings),
        level1_weights=_weights(table.weights or _weights_in_text(text)),
        notes=notes,
        grade=grade.group(1) if grade else None,
    )
    return form.model_copy(update={"sources": sources}), findings


@lru_cache(maxsize=4096)
def _at(line: int) -> Source:
    """The source of a line: immutable, so the same object serves every cell read from it (a form
    records about 160 of them, and building one is dearer than looking it up)."""
    return Source(line=line)


def _funds(read: FundsRead, sources: dict[str, Source]) -> Funds:
    for key, line in read.lines.items():
        sources[f"funds.{key}"] = _at(line)
    rows: dict[str, FundsRow] = dict(read.rows)
    return Funds(unit=read.unit, **rows, extra_rows=tuple(read.extra))


def _indicator(
    index: int, row: RowDraft, sources: dict[str, Source], findings: list[Finding]
) -> Indicator:
    path = f"indicators[{index}]"
    first = min((v for v in row.lines.values() if v), default=None)
    if first is not None:
        sources[path] = _at(first)
    for cell in _CELLS:
        if getattr(row, cell) is not None and cell in row.lines:
            sources[f"{path}.{cell}"] = _at(row.lines[cell])
    return Indicator(
        level1=row.level1,
        level2=row.level2,
        name=row.name,
        target=row.target or None,
        actual=row.actual or None,
        weight=_number(row.weight, f"{path}.weight", row.lines.get("weight"), findings),
        score=_number(row.score, f"{path}.score", row.lines.get("score"), findings),
        deviation=row.deviation or None,
        nature=row.nature,
        unit=row.unit,
        applicable=not any("不适用" in (c or "") for c in (row.actual, row.weight, row.score)),
    )


def _number(
    text: str | None, path: str, line: int | None, findings: list[Finding]
) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_cell_number(text)
    except ValueParseError:
        findings.append(
            reader_finding(
                "READ.not-a-number",
                f"“{text}”不是数值，{path} 留空（R1）",
                line=line,
                path=path,
            )
        )
        return None


def _total(table: TableRead, sources: dict[str, Source], findings: list[Finding]) -> Total:
    if table.total_line is not None:
        sources["total"] = _at(table.total_line)
    if table.score_line is not None:
        sources["total.score"] = _at(table.score_line)
    line = table.total_line
    return Total(
        weight=_number(table.total_weight, "total.weight", line, findings),
        score=_number(table.total_score, "total.score", line or table.score_line, findings),
    )


def _notes(text: str) -> tuple[str, ...]:
    """A printed 注 stays form-level text; it never becomes indicator rows (RULES.md, 注)."""
    return tuple(m.group(1).strip(" |") for m in _NOTE.finditer(text) if m.group(1).strip(" |"))


def _weights_in_text(text: str) -> dict[str, str]:
    """'产出指标(70分)' anywhere in a text whose table could not be read row by row (024)."""
    found: dict[str, str] = {}
    for match in _LEVEL1_WEIGHT.finditer(text):
        found.setdefault(match.group(1), match.group(2))
    return found


def _weights(weights: dict[str, str]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for label, text in weights.items():
        value = parse_cell_number(text)
        if value is not None:
            out[label] = value
    return out
