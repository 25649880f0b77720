"""Creating, checking and saving forms: the queryable columns and findings follow the form JSON."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from jixiao.batch.digest import FormDigest, digest
from jixiao.model.finding import Finding
from jixiao.model.form import Form, Indicator
from jixiao.model.jsonio import form_from_json
from jixiao.model.policy import get_policy
from jixiao.model.report import Report
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
    d = digest(evaluate(form, record.policy, reader_findings))
    with transaction.atomic():
        _apply(record, d)
        record.save()
        _replace_findings(record, d, {})
        _replace_indicators(record, d)
    return record


def save_draft(user: User, pk: int, form: Form, version: int) -> FormRecord:
    """Save an edited form when nobody saved it since ``version`` was read; else raise Conflict."""
    with transaction.atomic():
        record = FormRecord.objects.select_for_update().get(pk=pk)
        if record.version != version:
            raise Conflict(record)
        explained = _explanations(record)
        d = digest(evaluate(form, record.policy))
        _apply(record, d)
        record.version += 1
        record._history_user = user  # type: ignore[attr-defined]
        record.save()
        _replace_findings(record, d, explained)
        _replace_indicators(record, d)
    return record


def record_columns(d: FormDigest) -> dict[str, object]:
    """A form record's queryable columns from the checked form's digest (web app and batch)."""
    return {
        "form_json": d.form_json,
        "policy": d.policy,
        "year": d.year,
        "project_name": d.project,
        "unit_name": d.unit,
        "department_name": d.department,
        "self_score": d.self_score,
        "grade": d.grade,
        "computed_score": d.computed_score,
        "computed_grade": d.computed_grade,
        "execution_rate": d.execution_rate,
        "budget": d.budget,
        "executed": d.executed,
        "error_count": d.errors,
        "warning_count": d.warnings,
        "info_count": d.infos,
    }


def _apply(record: FormRecord, d: FormDigest) -> None:
    """Copy the form and the engine's results into the record's queryable columns."""
    for column, value in record_columns(d).items():
        setattr(record, column, value)


def _explanations(record: FormRecord) -> dict[tuple[str, str], str]:
    rows = record.findings.exclude(explanation="").values_list("code", "path", "explanation")
    return {(code, path): text for code, path, text in rows}


def _replace_findings(
    record: FormRecord, d: FormDigest, explained: dict[tuple[str, str], str]
) -> None:
    """The latest check's findings; an explanation stays with the same (code, path)."""
    record.findings.all().delete()
    FindingRecord.objects.bulk_create(
        FindingRecord(
            form=record,
            code=code,
            severity=severity,
            path=path,
            message=message,
            rule=rule,
            source=source,
            explanation=explained.get((code, path), ""),
            position=i,
            repeat=repeat,
        )
        for i, (code, severity, path, message, rule, source, repeat) in enumerate(d.findings)
    )


_INDICATOR_FIELDS = (
    "position", "level1", "level2", "name", "target", "actual", "weight", "score",
    "computed_score", "band_low", "band_high", "method", "repeat",
)  # fmt: skip


def _replace_indicators(record: FormRecord, d: FormDigest) -> None:
    """The rows as queryable records beside their rule scores."""
    record.indicators.all().delete()
    IndicatorRecord.objects.bulk_create(
        IndicatorRecord(form=record, **dict(zip(_INDICATOR_FIELDS, row, strict=True)))
        for row in d.indicators
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
