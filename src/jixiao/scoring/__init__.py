"""Scoring: one module per rule of RULES.md Parts C–G and P; ``evaluate`` scores a whole form.

To add a rule, write ``score_<what>(row, policy) -> IndicatorResult | None`` in its own module
(None = "not mine") and insert it into ``RULES`` where it should take precedence: the first rule
that returns a result scores the row. ``score_unrecognised`` stays last and always answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Form
from jixiao.model.policy import Policy
from jixiao.model.report import Computed, ExecutionResult, IndicatorResult
from jixiao.scoring.applicability import score_not_applicable, score_unweighted
from jixiao.scoring.context import Evaluation, Row
from jixiao.scoring.deadline import score_deadline
from jixiao.scoring.equal import score_equal
from jixiao.scoring.execution import score_execution
from jixiao.scoring.fallback import score_unrecognised
from jixiao.scoring.grade import score_grade
from jixiao.scoring.positive import score_positive
from jixiao.scoring.qualitative import score_qualitative
from jixiao.scoring.range_ import score_range
from jixiao.scoring.reverse import score_reverse
from jixiao.scoring.rows import build_rows
from jixiao.scoring.total import score_total

RowRule = Callable[[Row, Policy], IndicatorResult | None]

# Order matters: exclusions first (P5), then the target kinds whose actual may override the
# numeric rules (a deadline, a tier text), then the numeric rules, then the human-judgement band.
RULES: list[RowRule] = [
    score_not_applicable,  # P5, R18
    score_unweighted,  # P5
    score_deadline,  # P10, R14
    score_qualitative,  # R15–R17, P4
    score_range,  # R14, P15
    score_equal,  # R12
    score_reverse,  # R11, P1, P11
    score_positive,  # R10
    score_unrecognised,  # P16
]

FAILED_CODE = "SCORE.failed"

__all__ = ["FAILED_CODE", "RULES", "Evaluation", "Row", "evaluate", "score_rows"]


def evaluate(form: Form, policy: Policy) -> Evaluation:
    """Parse every row once and score the form; a failing rule becomes a finding, not a crash."""
    return score_rows(form, policy, build_rows(form))


def score_rows(form: Form, policy: Policy, rows: Sequence[Row]) -> Evaluation:
    """Score built rows: execution, each row by the first rule that answers, total, grade."""
    findings: list[Finding] = []
    try:
        execution = score_execution(form.funds, policy)
    except Exception as exc:  # a rule bug must not lose the rest of the form
        findings.append(_failure("funds.total", "执行率", exc))
        execution = ExecutionResult(explanation="执行率计分出错，未计分")
    results = []
    for row in rows:
        result, finding = _score_row(row, policy)
        results.append(result)
        if finding is not None:
            findings.append(finding)
    total = score_total(execution, results, rows)
    computed = Computed(
        policy=policy.name,
        execution=execution,
        indicators=tuple(results),
        total=total,
        grade=score_grade(total),
    )
    return Evaluation(
        form=form, policy=policy, rows=tuple(rows), computed=computed, findings=tuple(findings)
    )


def _score_row(row: Row, policy: Policy) -> tuple[IndicatorResult, Finding | None]:
    try:
        for rule in RULES:
            result = rule(row, policy)
            if result is not None:
                return result, None
    except Exception as exc:  # one row's failure is reported; the form goes on
        return _failed_result(row, exc), _failure(f"{row.path}.score", row.indicator.name, exc)
    raise AssertionError("score_unrecognised always answers")


def _failed_result(row: Row, exc: Exception) -> IndicatorResult:
    return IndicatorResult(
        index=row.index,
        method="failed",
        scored=False,
        explanation=f"计分出错（{type(exc).__name__}），本行未计分",
    )


def _failure(path: str, what: str | None, exc: Exception) -> Finding:
    return Finding(
        code=FAILED_CODE,
        severity=Severity.INFO,
        path=path,
        message=f"“{what or path}”计分出错，未计入总分：{type(exc).__name__}: {exc}",
        rule="P12",
    )
