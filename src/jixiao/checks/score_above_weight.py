"""E1: a score above its weight — a row, the execution row or the total (R19)."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.checks._common import make, num, quoted
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation


def check(ev: Evaluation) -> Iterator[Finding]:
    # R19: 0 ≤ s ≤ w for every row; the same cap holds for the execution row and the 总分.
    for i, ind in enumerate(ev.form.indicators):
        if ind.score is not None and ind.weight is not None and ind.score > ind.weight:
            yield make(
                "E1.score-above-weight",
                Severity.ERROR,
                f"indicators[{i}].score",
                f"{quoted(ind, i)}得分 {num(ind.score)} 超过分值 {num(ind.weight)}（R19/E1）",
                "E1",
            )
    funds = ev.form.funds.total
    if funds.score is not None and funds.weight is not None and funds.score > funds.weight:
        yield make(
            "E1.score-above-weight",
            Severity.ERROR,
            "funds.total.score",
            f"预算执行率得分 {num(funds.score)} 超过分值 {num(funds.weight)}（R8/R19/E1）",
            "E1",
        )
    total = ev.form.total
    if total.score is not None and total.weight is not None and total.score > total.weight:
        yield make(
            "E1.score-above-weight",
            Severity.ERROR,
            "total.score",
            f"总分 {num(total.score)} 超过满分 {num(total.weight)}（R19/E1）",
            "E1",
        )
