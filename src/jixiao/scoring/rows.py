"""Build each indicator row once: parsed target and actual, canonical categories (P7, R24, R25)."""

from __future__ import annotations

from jixiao.model.form import Form, Indicator
from jixiao.scoring.categories import canonical
from jixiao.scoring.context import Row
from jixiao.values.actuals import parse_actual
from jixiao.values.errors import ValueParseError
from jixiao.values.targets import parse_target
from jixiao.values.types import Actual, ActualKind, Target, TargetKind


def build_rows(form: Form) -> tuple[Row, ...]:
    """Every indicator of the form as a Row; parse errors are kept on the row, never raised."""
    return tuple(build_row(i, ind, form.year) for i, ind in enumerate(form.indicators))


def build_row(index: int, indicator: Indicator, year: int | None) -> Row:
    level1, category = canonical(indicator.level1, indicator.level2)
    # P11: under 成本指标 an amount without an operator is a ceiling; the parser needs to know.
    target, target_error = _target(indicator.target, year, cost=category == "成本")
    actual, actual_error = _actual(indicator.actual, year)
    return Row(
        index=index,
        indicator=indicator,
        target=target,
        actual=actual,
        level1=level1,
        category=category,
        target_error=target_error,
        actual_error=actual_error,
    )


def _target(text: str | None, year: int | None, cost: bool) -> tuple[Target, str | None]:
    raw = text or ""
    try:
        return parse_target(raw, year=year, cost=cost), None
    except ValueParseError as exc:
        return Target(raw=raw, kind=TargetKind.NONE), str(exc)


def _actual(text: str | None, year: int | None) -> tuple[Actual, str | None]:
    raw = text or ""
    try:
        return parse_actual(raw, year=year), None
    except ValueParseError as exc:
        return Actual(raw=raw, kind=ActualKind.TEXT), str(exc)
