"""The checks: what a careful reviewer catches on a scored form (RULES.md Part N, E1–E14, Part P).

How to add a check:

1. Create ``checks/<what_it_checks>.py`` with a one-sentence docstring and one function
   ``def check(ev: Evaluation) -> Iterator[Finding]``. Read the form (``ev.form``), the parsed rows
   (``ev.rows``) and the rule scores (``ev.computed``); never parse a cell or re-score here.
2. Yield findings built with ``_common.make(code, severity, path, message, rule)``: a stable code
   ``E<n>.<slug>``, the model path of the cell (``indicators[11].score``, ``funds.total.rate``,
   ``total.score``), a Chinese message that names the row and the numbers and cites the rule, e.g.
   "“经费支出进度”得分 2.7 超过分值 2（R19/E1）".
3. Add the module to ``CHECKS`` below, where a reviewer reading the form top to bottom meets it.
4. Add ``tests/checks/test_<module>.py`` with small inline forms asserting (code, path) lists.

``run_checks`` attaches sources, turns a crashing check into a ``CHECK.failed`` info finding, and
sorts by severity, then by position on the form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from jixiao.checks import (
    arithmetic,
    computed_total,
    cost_vs_funds,
    deviation_explanation,
    excluded_rows,
    execution_rate,
    execution_reason,
    funds_breakdown,
    goal_text,
    grade,
    inflated_score,
    overachievement,
    parse_notes,
    reverse_full_score,
    rule_score,
    score_above_weight,
    score_band,
    units,
    vague_targets,
    weights,
)
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation

Check = Callable[[Evaluation], Iterable[Finding]]

CHECKS: list[Check] = [
    # 项目资金
    execution_rate.check,  # E4
    funds_breakdown.check,  # E11
    execution_reason.check,  # E5 (funds)
    # 年度总体目标
    goal_text.check,  # E14
    # 绩效指标, cell by cell
    parse_notes.check,  # PARSE
    units.check,  # E8
    vague_targets.check,  # E9
    score_above_weight.check,  # E1
    score_band.check,  # E7
    reverse_full_score.check,  # E12
    rule_score.check,  # E10 (rows)
    deviation_explanation.check,  # E5 (rows)
    overachievement.check,  # E6
    excluded_rows.check,  # E13
    cost_vs_funds.check,  # E11 (cost rows)
    # 总分 and 等级
    weights.check,  # E3
    arithmetic.check,  # E2
    computed_total.check,  # E10 (total)
    inflated_score.check,  # E10 (inflated)
    grade.check,  # P8
]

# Where each part sits on the printed form, top to bottom, left to right.
_ORDER = {
    name: rank
    for rank, name in enumerate(
        (
            "project",
            "funds",
            "total",
            "appropriation",
            "carryover",
            "other",
            "extra_rows",
            "initial",
            "adjusted",
            "executed",
            "goals",
            "expected",
            "actual",
            "indicators",
            "level1",
            "level2",
            "name",
            "nature",
            "target",
            "unit",
            "weight",
            "score",
            "deviation",
            "rate",
            "reason",
            "level1_weights",
            "grade",
        )
    )
}
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def run_checks(ev: Evaluation, checks: Iterable[Check] | None = None) -> tuple[Finding, ...]:
    """Run every check; a check that raises becomes one info finding, never a crash."""
    found: list[Finding] = []
    for check in CHECKS if checks is None else checks:
        try:
            found.extend(check(ev))
        except Exception as exc:  # one broken check must not hide the others
            found.append(_failed(check, exc))
    located = [_with_source(ev, f) for f in found]
    return tuple(sorted(located, key=lambda f: (f.severity.rank, path_key(f.path))))


def path_key(path: str) -> tuple[tuple[int, int], ...]:
    """Sort key putting a model path where it sits on the form (funds before indicators[2] …)."""
    if not path:
        return ((len(_ORDER) + 1, 0),)
    key: list[tuple[int, int]] = []
    for name, index in _TOKEN.findall(path):
        key.append((_ORDER.get(name, len(_ORDER)), 0) if name else (-1, int(index)))
    # 总分 is read last although its key word ("total") also names the funds total row.
    if path.startswith("total"):
        key[0] = (_ORDER["level1_weights"], 1)
    return tuple(key)


def _with_source(ev: Evaluation, finding: Finding) -> Finding:
    if finding.source is not None or not finding.path:
        return finding
    source = ev.form.source_of(finding.path)
    return finding if source is None else finding.model_copy(update={"source": source})


def _failed(check: Check, exc: Exception) -> Finding:
    module = getattr(check, "__module__", "?").rsplit(".", 1)[-1]
    return Finding(
        code="CHECK.failed",
        severity=Severity.INFO,
        path="",
        message=f"审核规则 {module} 运行出错，其结果缺失：{type(exc).__name__}: {exc}",
        rule="-",
    )


__all__ = ["CHECKS", "Check", "path_key", "run_checks"]
