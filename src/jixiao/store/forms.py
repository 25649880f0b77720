"""Creating, checking and saving forms: the queryable columns and findings follow the form JSON."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from jixiao.batch.digest import fit_money, fit_score
from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Form, Indicator
from jixiao.model.jsonio import form_from_json, form_to_json
from jixiao.model.policy import get_policy
from jixiao.model.report import IndicatorResult, Report
from jixiao.pipeline import check_form
from jixiao.store.models import (
    FindingRecord,
    FormRecord,
    IndicatorRecord,
    Origin,
    StoredFile,
    User,
)


@dataclass(frozen=True)
class Conflict(Exception):
    """Someone saved the form after this user opened it; their version is ``current``."""

    current: FormRecord


def evaluate(form: Form, policy: str, reader_findings: tuple[Finding, ...] = ()) -> Report:
    """The engine's report for a form under the named policy."""
    return check_form(form, get_policy(policy), reader_findings)


def form_of(record: FormRecord) -> Form:
    return form_from_json(record.form_json)


def create_form(
    user: User,
    form: Form,
    origin: Origin,
    *,
    source_file: StoredFile | None = None,
    form_index: int = 0,
    reader_findings: tuple[Finding, ...] = (),
) -> FormRecord:
    """A new draft in the user's own unit, checked at once."""
    record = FormRecord(
        unit=user.organisation,
        origin=origin,
        source_file=source_file,
        form_index=form_index,
        created_by=user,
    )
    record._history_user = user  # type: ignore[attr-defined]
    report = evaluate(form, record.policy, reader_findings)
    with transaction.atomic():
        _apply(record, form, report)
        record.save()
        _replace_findings(record, report, {})
        _replace_indicators(record, report)
    return record


def save_draft(user: User, pk: int, form: Form, version: int) -> FormRecord:
    """Save an edited form when nobody saved it since ``version`` was read; else raise Conflict."""
    with transaction.atomic():
        record = FormRecord.objects.select_for_update().get(pk=pk)
        if record.version != version:
            raise Conflict(record)
        explained = _explanations(record)
        report = evaluate(form, record.policy)
        _apply(record, form, report)
        record.version += 1
        record._history_user = user  # type: ignore[attr-defined]
        record.save()
        _replace_findings(record, report, explained)
        _replace_indicators(record, report)
    return record


def _apply(record: FormRecord, form: Form, report: Report) -> None:
    """Copy the form and the engine's results into the record's queryable columns."""
    record.form_json = form_to_json(form)
    record.year = form.year
    record.project_name = (form.project.name or "")[:300]
    record.unit_name = (form.project.unit or "")[:300]
    record.department_name = (form.project.department or "")[:300]
    record.self_score = fit_score(form.total.score)
    record.grade = (form.grade or "")[:10]
    record.computed_score = fit_score(report.computed.total.score)
    record.computed_grade = (report.computed.grade.grade or "")[:10]
    record.execution_rate = fit_score(report.computed.execution.rate)
    record.budget = fit_money(form.funds.total.adjusted)
    record.executed = fit_money(form.funds.total.executed)
    counts = {s: 0 for s in Severity}
    for f in report.findings:
        counts[f.severity] += 1
    record.error_count = counts[Severity.ERROR]
    record.warning_count = counts[Severity.WARNING]
    record.info_count = counts[Severity.INFO]


def _explanations(record: FormRecord) -> dict[tuple[str, str], str]:
    rows = record.findings.exclude(explanation="").values_list("code", "path", "explanation")
    return {(code, path): text for code, path, text in rows}


def _replace_findings(
    record: FormRecord, report: Report, explained: dict[tuple[str, str], str]
) -> None:
    """The latest check's findings; an explanation stays with the same (code, path)."""
    record.findings.all().delete()
    FindingRecord.objects.bulk_create(
        FindingRecord(
            form=record,
            code=f.code,
            severity=f.severity.value,
            path=f.path,
            message=f.message,
            rule=f.rule,
            source=f.source.describe() if f.source else "",
            explanation=explained.get((f.code, f.path), ""),
            position=i,
        )
        for i, f in enumerate(report.findings)
    )


def _replace_indicators(record: FormRecord, report: Report) -> None:
    """The rows as queryable records beside their rule scores."""
    record.indicators.all().delete()
    results = {r.index: r for r in report.computed.indicators}
    IndicatorRecord.objects.bulk_create(
        _indicator_record(record, i, row, results.get(i))
        for i, row in enumerate(report.form.indicators)
    )


def _indicator_record(
    record: FormRecord, i: int, row: Indicator, result: IndicatorResult | None
) -> IndicatorRecord:
    return IndicatorRecord(
        form=record,
        position=i,
        level1=(row.level1 or "")[:100],
        level2=(row.level2 or "")[:100],
        name=(row.name or "")[:300],
        target=(row.target or "")[:300],
        actual=(row.actual or "")[:300],
        weight=fit_score(row.weight),
        score=fit_score(row.score),
        computed_score=fit_score(result.score) if result else None,
        band_low=fit_score(result.band_low) if result else None,
        band_high=fit_score(result.band_high) if result else None,
        method=(result.method if result else "")[:30],
    )


def blank_form(year: int, project: str, unit: str, department: str) -> Form:
    """A new form with the header filled in and the three national first-level rows to start."""
    rows = (
        Indicator(level1="产出指标", level2="数量指标"),
        Indicator(level1="效益指标", level2="社会效益指标"),
        Indicator(level1="满意度指标", level2="服务对象满意度指标"),
    )
    return Form.model_validate(
        {
            "title": "项目支出绩效自评表",
            "year": year,
            "project": {"name": project, "unit": unit, "department": department},
            "indicators": [r.model_dump() for r in rows],
            "total": {"weight": Decimal(100)},
        }
    )


def next_year_copy(form: Form, year: int) -> Form:
    """Last year's form as a start for this year: targets and weights kept, results cleared."""
    data = form.model_dump(by_alias=True)
    data["year"] = year
    data["sources"] = {}
    data["grade"] = None
    data["goals"]["actual"] = None
    data["total"]["score"] = None
    for key in ("total", "appropriation", "carryover", "other"):
        row = data["funds"][key]
        row.update(initial=None, adjusted=None, executed=None, rate=None, score=None, reason=None)
    data["funds"]["extra_rows"] = [
        {**r, "initial": None, "adjusted": None, "executed": None, "rate": None, "score": None}
        for r in data["funds"]["extra_rows"]
    ]
    for row in data["indicators"]:
        row.update(actual=None, score=None, deviation=None)
    return Form.model_validate(data)
