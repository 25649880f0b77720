"""E12: a reverse (≤) indicator scored full although the actual exceeds it (R11, P1, P11)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import make, num, quoted, results_by_index
from jixiao.checks._units import convert
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import ActualKind, TargetKind


def check(ev: Evaluation) -> Iterator[Finding]:
    results = results_by_index(ev)
    for row in ev.rows:
        over = overshoot(row)
        result = results.get(row.index)
        # B a hair above A can round to full marks by the rule itself (P9): then it is right.
        if over is None or (result is not None and result.score == row.indicator.score):
            continue
        ind = row.indicator
        yield make(
            "E12.reverse-scored-full",
            Severity.ERROR,
            f"{row.path}.score",
            f"{quoted(ind, row.index)}为反向指标（{row.target.raw}），"
            f"实际 {row.actual.raw} 超出上限，"
            f"却得满分 {num(ind.score or Decimal(0))}（R11/P1/E12）",
            "E12",
        )


def overshoot(row: Row) -> Decimal | None:
    """B − A for a ≤ target scored at its full weight while B > A; None otherwise."""
    ind, target, actual = row.indicator, row.target, row.actual
    if target.kind != TargetKind.REVERSE or target.value is None:
        return None
    if actual.kind != ActualKind.NUMBER or actual.value is None:
        return None
    if ind.score is None or ind.weight is None or ind.score < ind.weight:
        return None
    b = convert(actual.value, actual.unit, target.unit)
    if b is None or b <= target.value:
        return None
    return b - target.value
