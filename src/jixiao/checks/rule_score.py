"""E10 (rows): a printed row score that differs from its rule score (full marks below target)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import make, num, quoted, results_by_index, same_as_printed, score_text
from jixiao.checks.reverse_full_score import overshoot
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import TargetKind

_QUANTITATIVE = frozenset(
    {
        TargetKind.POSITIVE,
        TargetKind.REVERSE,
        TargetKind.EQUAL,
        TargetKind.RANGE,
        TargetKind.DEADLINE,
    }
)


def check(ev: Evaluation) -> Iterator[Finding]:
    results = results_by_index(ev)
    for row in ev.rows:
        ind, result = row.indicator, results.get(row.index)
        if result is None or not result.scored or result.score is None or ind.score is None:
            continue
        # Band rows (qualitative, missed deadlines, human judgement) are E7's (P12, P16).
        if _owned_elsewhere(row) or result.band_low != result.band_high:
            continue
        if same_as_printed(ind.score, result.score):
            continue
        why = f"。计算：{result.explanation}" if result.explanation else ""
        yield make(
            "E10.row-score",
            _severity(row, ind.score, result.score),
            f"{row.path}.score",
            f"{quoted(ind, row.index)}自评 {num(ind.score)} 分，"
            f"按规则应得 {score_text(result.score)} 分{why}（P12/E10）",
            "E10",
        )


def _severity(row: Row, printed: Decimal, rule: Decimal) -> Severity:
    """Over-scoring a measured row is an error; scoring oneself below the rule needs a look."""
    if printed > rule and row.target.kind in _QUANTITATIVE:
        return Severity.ERROR
    return Severity.WARNING


def _owned_elsewhere(row: Row) -> bool:
    """Rows whose wrong score another check already names: E1 above the weight, E12."""
    ind = row.indicator
    if ind.weight is not None and ind.score is not None and ind.score > ind.weight:
        return True
    return overshoot(row) is not None
