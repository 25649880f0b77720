"""A checked form boiled down to what the batch database stores: columns, findings, indicators.

Workers send digests, not reports: plain tuples pickle in microseconds, and the parent process,
which writes the database for both cores, does no model work of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.model.finding import Severity
from jixiao.model.jsonio import form_to_json
from jixiao.model.report import Report

_SCORE_PLACES = Decimal("0.0001")
_MONEY_PLACES = Decimal("0.01")


def fit_score(value: Decimal | None) -> Decimal | None:
    """A score or rate as a database column keeps it (4 decimals, below a million); an absurd
    printed number (a dot lost in extraction) is left to the form JSON, where it stays visible."""
    if value is None or not value.is_finite() or abs(value) >= 10**6:
        return None
    return value.quantize(_SCORE_PLACES)


def fit_money(value: Decimal | None) -> Decimal | None:
    """An amount as its column keeps it (2 decimals, below 10¹²); beyond that, the JSON only."""
    if value is None or not value.is_finite() or abs(value) >= 10**12:
        return None
    return value.quantize(_MONEY_PLACES)


# code, severity, path, message, rule, source, repeat (the code already occurred on this form)
FindingRow = tuple[str, str, str, str, str, str, bool]
# position, level1, level2, name, target, actual, weight, score, rule score, band low and high,
# method, repeat (the same level1/level2/name already occurred on this form: a merged 三级指标)
IndicatorRow = tuple[
    int,
    str,
    str,
    str,
    str,
    str,
    Decimal | None,
    Decimal | None,
    Decimal | None,
    Decimal | None,
    Decimal | None,
    str,
    bool,
]


@dataclass(frozen=True)
class FormDigest:
    """One form of a file: the form as JSON plus the columns reports query and sort by."""

    form_index: int
    form_json: str
    policy: str
    year: int | None
    project: str
    unit: str
    department: str
    self_score: Decimal | None
    grade: str
    computed_score: Decimal | None
    computed_grade: str
    execution_rate: Decimal | None
    budget: Decimal | None
    executed: Decimal | None
    errors: int
    warnings: int
    infos: int
    findings: tuple[FindingRow, ...]
    indicators: tuple[IndicatorRow, ...]


def digest(report: Report) -> FormDigest:
    form, computed = report.form, report.computed
    counts = dict.fromkeys(Severity, 0)
    for f in report.findings:
        counts[f.severity] += 1
    return FormDigest(
        form_index=report.form_index,
        form_json=form_to_json(form),
        policy=computed.policy,
        year=form.year,
        project=(form.project.name or "")[:300],
        unit=(form.project.unit or "")[:300],
        department=(form.project.department or "")[:300],
        self_score=fit_score(form.total.score),
        grade=(form.grade or "")[:10],
        computed_score=fit_score(computed.total.score),
        computed_grade=(computed.grade.grade or "")[:10],
        execution_rate=fit_score(computed.execution.rate),
        budget=fit_money(form.funds.total.adjusted),
        executed=fit_money(form.funds.total.executed),
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        infos=counts[Severity.INFO],
        findings=_findings(report),
        indicators=_indicators(report),
    )


def _findings(report: Report) -> tuple[FindingRow, ...]:
    # The repeat flags let a database count forms per code without COUNT(DISTINCT …).
    seen: set[str] = set()
    rows: list[FindingRow] = []
    for f in report.findings:
        source = f.source.describe() if f.source else ""
        rows.append(
            (f.code, f.severity.value, f.path[:120], f.message, f.rule[:20], source[:200],
             f.code in seen)
        )  # fmt: skip
        seen.add(f.code)
    return tuple(rows)


def _indicators(report: Report) -> tuple[IndicatorRow, ...]:
    results = {r.index: r for r in report.computed.indicators}
    seen: set[tuple[str, str, str]] = set()
    rows: list[IndicatorRow] = []
    for i, ind in enumerate(report.form.indicators):
        result = results.get(i)
        key = ((ind.level1 or "")[:100], (ind.level2 or "")[:100], (ind.name or "")[:300])
        rows.append(
            (
                i,
                (ind.level1 or "")[:100],
                (ind.level2 or "")[:100],
                (ind.name or "")[:300],
                (ind.target or "")[:300],
                (ind.actual or "")[:300],
                fit_score(ind.weight),
                fit_score(ind.score),
                fit_score(result.score) if result else None,
                fit_score(result.band_low) if result else None,
                fit_score(result.band_high) if result else None,
                (result.method if result else "")[:30],
                key in seen,
            )
        )
        seen.add(key)
    return tuple(rows)
