"""E10 (total): the printed 总分 differs from the computed total, naming the rows (P12)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import make, num, quoted, results_by_index, same_as_printed, score_text
from jixiao.model.finding import Finding, Severity
from jixiao.model.report import IndicatorResult
from jixiao.scoring.context import Evaluation


def check(ev: Evaluation) -> Iterator[Finding]:
    printed = ev.form.total.score
    # No rows read (a cut or odd layout): the computed total would be the execution score alone.
    if printed is None or not ev.form.indicators or _unweighted_scores(ev):
        return
    total, unscorable = _rule_total(ev)
    if total is None or same_as_printed(printed, total):
        return
    differing = _differing(ev)
    where = "、".join(differing) if differing else "总分加总本身（见 E2）"
    note = f"；其中 {unscorable} 项无法按规则计分的指标按自评分计入" if unscorable else ""
    yield make(
        "E10.total-mismatch",
        Severity.ERROR,
        "total.score",
        f"总分 {num(printed)} 与按规则计算的 {score_text(total)} 不符，"
        f"差异来自：{where}{note}（P12/E10）",
        "E10",
    )


def _unweighted_scores(ev: Evaluation) -> bool:
    """Scores printed without their 分值 (weights to be inferred): no rule total to compare."""
    funds = ev.form.funds.total
    if funds.score is not None and funds.weight is None:
        return True
    return any(i.score is not None and i.weight is None for i in ev.form.indicators)


def _rule_total(ev: Evaluation) -> tuple[Decimal | None, int]:
    """The computed total; rows the rules could not score count at their printed score.

    Without that, a row whose actual value could not be read would make every total differ.
    """
    computed = ev.computed.total.score
    results = results_by_index(ev)
    missing = [
        i.score
        for n, i in enumerate(ev.form.indicators)
        if i.applicable and i.score is not None and _rule_score(results, n) is None
    ]
    if computed is None or not missing:
        return computed, 0
    return computed + sum(missing, Decimal(0)), len(missing)


def _rule_score(results: dict[int, IndicatorResult], index: int) -> Decimal | None:
    result = results.get(index)
    return None if result is None or not result.scored else result.score


def _differing(ev: Evaluation) -> list[str]:
    names: list[str] = []
    funds, execution = ev.form.funds.total, ev.computed.execution
    if (
        funds.score is not None
        and execution.score is not None
        and not same_as_printed(funds.score, execution.score)
    ):
        names.append(f"预算执行率（自评 {num(funds.score)}，规则 {score_text(execution.score)}）")
    results = results_by_index(ev)
    for n, ind in enumerate(ev.form.indicators):
        rule = _rule_score(results, n)
        if ind.score is not None and rule is not None and not same_as_printed(ind.score, rule):
            names.append(f"{quoted(ind, n)}（自评 {num(ind.score)}，规则 {score_text(rule)}）")
    return names
