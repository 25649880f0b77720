"""E7: a band-scored row outside its band — a qualitative tier (R15, P4) or a missed deadline
scored at 80% or more of its weight (P10)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.checks._common import cents, make, num, quoted, results_by_index, score_text
from jixiao.model.finding import Finding, Severity
from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import ActualKind, TargetKind


@dataclass(frozen=True)
class Band:
    """Scores a row may take: low ≤ s ≤ high, or s < high when ``open_high`` (R15 formulas)."""

    low: Decimal
    high: Decimal
    open_high: bool

    def holds(self, score: Decimal) -> bool:
        below_top = score < self.high if self.open_high else score <= self.high
        return self.low <= score and below_top

    def text(self) -> str:
        return (
            f"{score_text(self.low)}–{score_text(self.high)}{'（不含）' if self.open_high else ''}"
        )


def check(ev: Evaluation) -> Iterator[Finding]:
    results = results_by_index(ev)
    for row in ev.rows:
        ind = row.indicator
        if ind.score is None or ind.weight is None or not ind.applicable:
            continue
        if _missed_deadline(row) and ev.policy.deadline_missed == "tier2":
            yield from _deadline(row, ind.score, ind.weight)
            continue
        band = tier_band(row, ev.policy) or _computed_band(results.get(row.index))
        if band is not None and not band.holds(ind.score):
            yield make(
                "E7.outside-band",
                Severity.ERROR,
                f"{row.path}.score",
                f"{quoted(ind, row.index)}实际完成值为“{row.actual.raw}”，"
                f"按档次应得 {band.text()} 分，自评 {num(ind.score)} 分超出该档（R15/P4/E7）",
                "E7",
            )


def tier_band(row: Row, policy: Policy) -> Band | None:
    """The R15 band of a row whose actual states a tier (达成/部分达成/未达成年度指标)."""
    w = row.indicator.weight
    if row.actual.kind != ActualKind.TIER or row.actual.tier is None or w is None:
        return None
    top, middle = (cents(b * w) for b in policy.qualitative_bands)
    return {
        1: Band(top, w, open_high=False),
        2: Band(middle, top, open_high=True),
        3: Band(Decimal(0), middle, open_high=True),
    }.get(row.actual.tier)


def _missed_deadline(row: Row) -> bool:
    target, actual = row.target, row.actual
    return (
        target.kind == TargetKind.DEADLINE
        and actual.kind == ActualKind.DATE
        and target.deadline is not None
        and actual.date is not None
        and actual.date > target.deadline
    )


def _deadline(row: Row, score: Decimal, weight: Decimal) -> Iterator[Finding]:
    # P10 tier2: a missed deadline scores at most the second tier, i.e. below 80% of the weight.
    limit = cents(Decimal("0.8") * weight)
    if score < limit:
        return
    share = score_text(score / weight * 100) if weight else "?"
    assert row.target.deadline is not None and row.actual.date is not None
    yield make(
        "E7.deadline-missed-high",
        Severity.WARNING,
        f"{row.path}.score",
        f"{quoted(row.indicator, row.index)}要求{row.target.raw}完成，实际"
        f"{row.actual.date.month}月{row.actual.date.day}日完成，已逾期，却得 {num(score)} 分"
        f"（分值 {num(weight)} 的 {share}%），逾期应低于 {score_text(limit)} 分（P10/E7）",
        "E7",
    )


def _computed_band(result: IndicatorResult | None) -> Band | None:
    # Scoring's band is read inclusively at both ends: a doubtful edge is no finding.
    if result is None or result.band_low is None or result.band_high is None:
        return None
    return Band(result.band_low, result.band_high, open_high=False)
