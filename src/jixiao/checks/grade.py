"""Grade: the printed 等级 is not the band of the printed 总分 (R23, P8)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import make, num
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation

# P8: half-open bands, so 89.5 is 良 and 59.99 is 差.
BANDS = ((Decimal(90), "优"), (Decimal(80), "良"), (Decimal(60), "中"), (Decimal(0), "差"))


def band_of(score: Decimal) -> str:
    return next(grade for low, grade in BANDS if score >= low) if score >= 0 else "差"


def check(ev: Evaluation) -> Iterator[Finding]:
    printed, total = ev.form.grade, ev.form.total.score
    if printed is None or total is None:
        return
    grade = next((c for c in printed if c in "优良中差"), None)
    expected = band_of(total)
    if grade is None or grade == expected:
        return
    yield make(
        "GRADE.band-mismatch",
        Severity.ERROR,
        "grade",
        f"自评等级“{printed.strip()}”与总分 {num(total)} 对应的等级“{expected}”不符（R23/P8）",
        "P8",
    )
