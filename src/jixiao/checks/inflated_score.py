"""E10 (inflated): a 优 self-score while little money was spent or funded lines never started."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import has_target, is_blank, is_cost, make, num, score_text
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation

HIGH_TOTAL = Decimal(90)  # P8: the 优 band
LOW_RATE = Decimal(60)  # [I] below this, most of the budget was not spent
IDLE_SHARE = Decimal("0.25")  # [I] one idle row of nine is a gap to explain (E13), not inflation


def check(ev: Evaluation) -> Iterator[Finding]:
    # MOF notice (E10 source): scores must be reasonable and not deliberately raised.
    printed = ev.form.total.score
    if printed is None or printed < HIGH_TOTAL:
        return
    reasons: list[str] = []
    rate = _rate(ev)
    if rate is not None and rate < LOW_RATE:
        reasons.append(f"预算执行率仅 {score_text(rate)}%")
    idle = _idle_lines(ev)
    if idle:
        reasons.append(idle)
    if not reasons:
        return
    yield make(
        "E10.inflated-score",
        Severity.WARNING,
        "total.score",
        f"自评 {num(printed)} 分（优），但{'，且'.join(reasons)}，自评分可能偏高（E10）",
        "E10",
    )


def _rate(ev: Evaluation) -> Decimal | None:
    # A zero or missing budget gives a rate by convention (P14), not a measure of spending.
    if not ev.form.funds.total.adjusted:
        return None
    computed = ev.computed.execution.rate
    return computed if computed is not None else ev.form.funds.total.rate


def _idle_lines(ev: Evaluation) -> str | None:
    """'成本指标所列 3 项资金支持内容中 2 项未启动…' when rows with a target report nothing done."""
    planned = [r for r in ev.rows if has_target(r.indicator)]
    idle = [r for r in planned if is_blank(r.indicator.actual)]
    if not idle:
        return None
    costs = [r for r in planned if is_cost(r)]
    idle_costs = [r for r in costs if is_blank(r.indicator.actual)]
    overall = f"{len(planned)} 项有目标的指标中 {len(idle)} 项实际完成值为“无”或空白"
    if not idle_costs:
        return overall if len(idle) >= IDLE_SHARE * len(planned) else None
    return f"成本指标所列 {len(costs)} 项资金支持内容中 {len(idle_costs)} 项未启动，{overall}"
