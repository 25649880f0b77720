"""E8: a quantitative target without a unit, or units that cannot be compared (万元 vs %) (R25)."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.checks._common import is_blank, make, quoted
from jixiao.checks._units import incompatible
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import ActualKind, TargetKind

_QUANTITATIVE = frozenset(
    {TargetKind.POSITIVE, TargetKind.REVERSE, TargetKind.EQUAL, TargetKind.RANGE}
)


def check(ev: Evaluation) -> Iterator[Finding]:
    unit_column = any(not is_blank(i.unit) for i in ev.form.indicators)
    for row in ev.rows:
        yield from _row(row, unit_column)


def _row(row: Row, unit_column: bool) -> Iterator[Finding]:
    ind, target, actual = row.indicator, row.target, row.actual
    name = quoted(ind, row.index)
    column = None if is_blank(ind.unit) else (ind.unit or "").strip()
    if target.kind in _QUANTITATIVE:
        # R25 [V]: a quantitative row must have a 计量单位 when the template has the column.
        if unit_column and column is None and target.unit is None:
            yield _warn("E8.missing-unit", f"{row.path}.unit", f"{name}为定量指标，未填写度量单位")
        if incompatible(column, target.unit):
            yield _warn(
                "E8.unit-mismatch",
                f"{row.path}.target",
                f"{name}年度指标值“{target.raw}”的单位与度量单位“{column}”不一致",
            )
    expected = target.unit or column
    if actual.kind == ActualKind.NUMBER and incompatible(expected, actual.unit):
        yield _warn(
            "E8.unit-mismatch",
            f"{row.path}.actual",
            f"{name}实际完成值“{actual.raw}”的单位{actual.unit}与年度指标值的单位{expected}无法比较",
        )
    if "定量" in (ind.nature or "") and target.kind == TargetKind.QUALITATIVE:
        yield _warn(
            "E8.text-for-quantity",
            f"{row.path}.target",
            f"{name}标为定量指标，但年度指标值“{target.raw}”是文字，无法计量",
        )


def _warn(code: str, path: str, text: str) -> Finding:
    return make(code, Severity.WARNING, path, f"{text}（R25/E8）", "E8")
