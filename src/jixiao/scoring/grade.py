"""The grade of a computed total by half-open bands: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 (P8)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.report import GradeResult, TotalResult
from jixiao.scoring.common import two

# Lower bounds, highest first; a total on a bound belongs to the upper grade (P8, R23).
BANDS: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal(90), "优", "[90, 100]"),
    (Decimal(80), "良", "[80, 90)"),
    (Decimal(60), "中", "[60, 80)"),
    (Decimal(0), "差", "[0, 60)"),
)


def grade_of(score: Decimal) -> str:
    """The grade letter for a total on the 100-point scale."""
    for low, grade, _ in BANDS:
        if score >= low:
            return grade
    return "差"


def score_grade(total: TotalResult) -> GradeResult:
    """P5: the grade is taken from the raw computed total, not the rescaled one."""
    if total.score is None:
        return GradeResult(explanation="总分未能计算，无法评定等级（P8）")
    grade = grade_of(total.score)
    band = next(b for low, g, b in BANDS if g == grade)
    return GradeResult(
        grade=grade, explanation=f"总分 {two(total.score)} 在 {band}，等级“{grade}”（P8）"
    )
