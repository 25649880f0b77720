"""Rows left out of scoring: explicit 不适用 markers and rows without a weight (P5, R18)."""

from __future__ import annotations

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.context import Row

NOT_APPLICABLE_MARK = "不适用"


def _excluded(row: Row, method: str, explanation: str) -> IndicatorResult:
    return IndicatorResult(index=row.index, method=method, scored=False, explanation=explanation)


def score_not_applicable(row: Row, policy: Policy) -> IndicatorResult | None:
    """A row marked 不适用 (flag or 实际完成值 text) is not scored, nor in the denominator (P5)."""
    actual = row.indicator.actual or ""
    if row.indicator.applicable and NOT_APPLICABLE_MARK not in actual:
        return None
    return _excluded(row, "not_applicable", "标注“不适用”，不计分，分值不计入折算总分（P5，R18）")


def score_unweighted(row: Row, policy: Policy) -> IndicatorResult | None:
    """A row whose 分值 is printed as - — / or blank carries no weight and is not scored (P5)."""
    if row.indicator.weight is not None:
        return None
    return _excluded(row, "unweighted", "分值为空（-、—、/），不计分（P5）")
