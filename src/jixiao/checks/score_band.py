"""E7: a band-scored row outside its band — a qualitative tier (R15, P4) or a missed deadline
scored at 80% or more of its weight, or above w − d under per_month (P10)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import cents, make, num, quoted, results_by_index, score_text
from jixiao.model.finding import Finding, Severity
from jixiao.model.report import IndicatorResult
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import ActualKind


def check(ev: Evaluation) -> Iterator[Finding]:
    results = results_by_index(ev)
    for row in ev.rows:
        ind, result = row.indicator, results.get(row.index)
        if ind.score is None or ind.weight is None or not ind.applicable or not _banded(result):
            continue
        assert result is not None
        if result.method == "deadline" and result.band_high == ind.weight:
            yield from _unverified(row, ind.score)
        elif result.method == "deadline" and ev.policy.deadline_missed == "tier2":
            yield from _deadline(ev, row, ind.score, ind.weight)
        elif result.method == "deadline":
            yield from _late_band(row, result, ind.score, ind.weight)
        elif result.method == "qualitative":
            yield from _tier(row, result, ind.score, ind.weight)


def _banded(result: IndicatorResult | None) -> bool:
    """Scoring marks a band row by low < high; a formula row has low = high = score."""
    return (
        result is not None
        and result.band_low is not None
        and result.band_high is not None
        and result.band_low != result.band_high
    )


def _tier(row: Row, result: IndicatorResult, score: Decimal, weight: Decimal) -> Iterator[Finding]:
    # R15 [V]: a score outside its tier's band is rejected. band_high is the largest allowed.
    low, high = result.band_low, result.band_high
    assert low is not None and high is not None
    # Above the weight on the top tier is E1's finding alone.
    if low <= score <= high or (score > weight and high == weight):
        return
    yield make(
        "E7.outside-band",
        Severity.ERROR,
        f"{row.path}.score",
        f"{quoted(row.indicator, row.index)}实际完成值为“{row.actual.raw}”，"
        f"按档次得分应在 {score_text(low)}–{score_text(high)} 之间，自评 {num(score)} 分"
        "（R15/P4/E7）",
        "E7",
    )


def _late_band(
    row: Row, result: IndicatorResult, score: Decimal, weight: Decimal
) -> Iterator[Finding]:
    # P10 per_month with the lateness unknown: at most w − d. The total counts the printed score
    # (P12), so this is the only finding that names it; above the weight is E1's alone.
    high = result.band_high
    assert high is not None
    if score <= high or score > weight:
        return
    yield make(
        "E7.deadline-missed-high",
        Severity.WARNING,
        f"{row.path}.score",
        f"{quoted(row.indicator, row.index)}要求“{row.target.raw}”，{_done(row)}，未按期完成，"
        f"逾期至少一个月，得分应不高于 {score_text(high)} 分，自评 {num(score)} 分（P10/E7）",
        "E7",
    )


def _unverified(row: Row, score: Decimal) -> Iterator[Finding]:
    # P10: no completion date and no tier wording ("见附件"), so the band is the whole weight;
    # whether the deadline was met cannot be told, which is worth a reviewer's look, not a verdict.
    yield make(
        "E7.deadline-unverified",
        Severity.INFO,
        f"{row.path}.actual",
        f"{quoted(row.indicator, row.index)}要求“{row.target.raw}”，实际完成值“{row.actual.raw}”"
        f"未写明完成日期，无法核对是否按期完成，自评 {num(score)} 分（P10/E7）",
        "E7",
    )


def _done(row: Row) -> str:
    actual = row.actual
    if actual.kind == ActualKind.DATE and actual.date is not None:
        return f"实际于{actual.date.month}月{actual.date.day}日完成"
    return f"实际完成值为“{actual.raw}”"


def _deadline(ev: Evaluation, row: Row, score: Decimal, weight: Decimal) -> Iterator[Finding]:
    # P10 tier2: a missed deadline scores at most the second tier, below 80% of the weight.
    share = ev.policy.qualitative_bands[0]
    limit = cents(share * weight)
    if score < limit:
        return
    done = _done(row)
    ratio = score_text(score / weight * 100) if weight else "—"
    yield make(
        "E7.deadline-missed-high",
        Severity.WARNING,
        f"{row.path}.score",
        f"{quoted(row.indicator, row.index)}要求“{row.target.raw}”，{done}，未按期完成，"
        f"却得 {num(score)} 分（分值 {num(weight)} 的 {ratio}%），逾期应低于 "
        f"{score_text(limit)} 分（P10/E7）",
        "E7",
    )
