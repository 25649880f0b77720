"""Small builders for scoring tests: rows from parsed values, written inline (no corpus text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jixiao.model.form import Indicator
from jixiao.scoring.context import Row
from jixiao.values.types import Actual, ActualKind, Target, TargetKind


def D(text: str | int) -> Decimal:
    return Decimal(str(text))


def target(kind: TargetKind, raw: str = "", **fields: object) -> Target:
    return Target(raw=raw, kind=kind, **fields)  # type: ignore[arg-type]


def number(value: str, unit: str | None = None, raw: str | None = None) -> Actual:
    return Actual(
        raw=raw or f"{value}{unit or ''}", kind=ActualKind.NUMBER, value=D(value), unit=unit
    )


def done_on(
    day: date, raw: str = "完成", value: str | None = None, unit: str | None = None
) -> Actual:
    amount = D(value) if value is not None else None
    return Actual(raw=raw, kind=ActualKind.DATE, date=day, value=amount, unit=unit)


def tier(level: int, raw: str) -> Actual:
    return Actual(raw=raw, kind=ActualKind.TIER, tier=level)


def text(raw: str) -> Actual:
    return Actual(raw=raw, kind=ActualKind.TEXT)


def make_row(
    tgt: Target,
    act: Actual,
    weight: str | None = "10",
    score: str | None = None,
    *,
    category: str | None = None,
    index: int = 0,
    applicable: bool = True,
    name: str = "指标",
) -> Row:
    indicator = Indicator(
        name=name,
        target=tgt.raw or None,
        actual=act.raw or None,
        weight=D(weight) if weight is not None else None,
        score=D(score) if score is not None else None,
        applicable=applicable,
    )
    level1 = "产出指标" if category in {"数量", "质量", "时效", "成本"} else None
    return Row(
        index=index,
        indicator=indicator,
        target=tgt,
        actual=act,
        level1=level1,
        category=category,
    )
