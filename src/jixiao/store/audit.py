"""Batch audit results in the database: the sink that records outcomes, and the report's queries.

Outcomes are written in chunks, one transaction each: a file and all its forms, findings and
indicator rows land together or not at all, so Ctrl-C leaves a consistent database and a rerun
(which skips recorded content hashes) picks up exactly the files that were not recorded.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeVar

from django.db import connection, models, transaction
from django.db.models import Avg, Count, Q, QuerySet, Sum

from jixiao.batch.digest import FormDigest
from jixiao.batch.outcome import FileOutcome, FileStatus
from jixiao.batch.summary import BatchSummary, CodeCount, FormPoint, GroupRow, IndicatorEntry
from jixiao.readers.base import NONSTANDARD_CODE
from jixiao.store.forms import record_columns
from jixiao.store.models import AuditFile, FindingRecord, FormRecord, IndicatorRecord, Origin
from jixiao.values.errors import ValueParseError
from jixiao.values.targets import parse_target
from jixiao.values.types import TargetKind

_FLUSH_FILES = 200  # files per transaction
_FLUSH_SECONDS = 2.0  # …or this long since the last commit, so a slow batch still saves often


class DatabaseSink:
    """Records batch outcomes; ``close()`` (or ``flush()``) commits what is buffered."""

    def __init__(self) -> None:
        self._buffer: list[FileOutcome] = []
        self._last = time.monotonic()

    def known_files(self) -> dict[str, str]:
        rows = AuditFile.objects.exclude(sha256="").order_by("pk").values_list("path", "sha256")
        return dict(rows.iterator(chunk_size=5000))

    def record(self, outcome: FileOutcome) -> None:
        self._buffer.append(outcome)
        if len(self._buffer) >= _FLUSH_FILES or time.monotonic() - self._last > _FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        # The buffer is emptied before the write: a Ctrl-C that lands while the transaction
        # commits must not leave these outcomes to be written a second time by close(). Whether
        # or not that commit went through, a rerun finds exactly the files that are missing.
        pending, self._buffer = self._buffer, []
        if pending:
            try:
                with transaction.atomic():
                    _write(pending)
            except Exception:  # the driver's DatabaseError, or its OverflowError before the SQL
                _write_one_by_one(pending)
        self._last = time.monotonic()

    def close(self) -> None:
        self.flush()


def _write_one_by_one(outcomes: list[FileOutcome]) -> None:
    """One file the database refuses (a value no column can hold) must not lose the others: each
    is written alone, and a refused one is recorded as failed, with the database's reason."""
    for outcome in outcomes:
        try:
            with transaction.atomic():
                _write([outcome])
        except Exception as exc:
            reason = f"写入数据库失败，本文件的表未保存：{str(exc).strip()[:300]}"
            failed = replace(outcome, status=FileStatus.FAILED, reason=reason, digests=())
            with transaction.atomic():
                _write([failed])


def _write(outcomes: list[FileOutcome]) -> None:
    files = AuditFile.objects.bulk_create(
        AuditFile(
            path=o.path,
            sha256=o.sha256,
            size=o.size,
            kind=o.kind,
            status=o.status.value,
            reason=o.reason,
            seconds=round(o.seconds, 4),
            region=o.region[:200],
        )
        for o in outcomes
    )
    pairs = [(f, d) for f, o in zip(files, outcomes, strict=True) for d in o.digests]
    records = FormRecord.objects.bulk_create(_form_record(f, d) for f, d in pairs)
    findings: list[tuple[object, ...]] = []
    indicators: list[tuple[object, ...]] = []
    for record, (_, d) in zip(records, pairs, strict=True):
        findings += [(record.pk, i, "", *row) for i, row in enumerate(d.findings)]
        indicators += [(record.pk, *row) for row in d.indicators]
    _insert(FindingRecord, _FINDING_COLUMNS, findings)
    _insert(IndicatorRecord, _INDICATOR_COLUMNS, indicators)


# Findings and indicator rows are most of what a batch writes (about forty per form): they go
# in with one executemany each, without a model instance per row, which cost the parent process
# more time than both workers spent reading the forms.
_FINDING_COLUMNS = (
    "form", "position", "explanation", "code", "severity", "path", "message", "rule", "source",
    "repeat",
)  # fmt: skip
_INDICATOR_COLUMNS = (
    "form", "position", "level1", "level2", "name", "target", "actual", "weight", "score",
    "computed_score", "band_low", "band_high", "method", "repeat",
)  # fmt: skip


def _insert(
    model: type[models.Model], fields: tuple[str, ...], rows: list[tuple[object, ...]]
) -> None:
    if not rows:
        return
    meta = model._meta
    columns = ", ".join(connection.ops.quote_name(meta.get_field(f).column) for f in fields)
    sql = (
        f"INSERT INTO {connection.ops.quote_name(meta.db_table)} ({columns}) "
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _form_record(file: AuditFile, d: FormDigest) -> FormRecord:
    return FormRecord(
        origin=Origin.BATCH, audit_file=file, form_index=d.form_index, **record_columns(d)
    )


# --- The report's queries -------------------------------------------------------------------


def batch_forms() -> QuerySet[FormRecord]:
    return FormRecord.objects.filter(origin=Origin.BATCH)


_Row = TypeVar("_Row", FindingRecord, IndicatorRecord)


def _of_batch(rows: QuerySet[_Row]) -> QuerySet[_Row]:
    """Rows of batch forms. A database the web app also uses needs the join to the form; one that
    holds only batch forms (the default, one per --out folder) is counted without it."""
    if FormRecord.objects.exclude(origin=Origin.BATCH).exists():
        return rows.filter(form__origin=Origin.BATCH)
    return rows


def summary(top_indicators: int = 100) -> BatchSummary:
    """Everything the batch report shows, from the database (all batch runs recorded in it)."""
    forms = batch_forms()
    return BatchSummary(
        files_by_status=_files_by_status(),
        reasons=_reasons(),
        forms=forms.count(),
        points=_points(),
        codes=_codes(),
        by_region=_groups(forms, "audit_file__region"),
        by_department=_groups(forms, "department_name"),
        by_unit=_groups(forms, "unit_name"),
        by_year=_groups(forms, "year"),
        indicators=library(top_indicators),
        indicator_total=_distinct_indicators().count(),
        nonstandard=_of_batch(FindingRecord.objects.filter(code=NONSTANDARD_CODE)).count(),
    )


def _status_query() -> QuerySet[AuditFile]:
    return AuditFile.objects.values("status").order_by("status").annotate(n=Count("pk"))


def _files_by_status() -> dict[str, int]:
    rows = _status_query()
    order = list(FileStatus)
    counts = {r["status"]: r["n"] for r in rows}
    return {s.value: counts[s.value] for s in order if s.value in counts}


def _reason_query() -> QuerySet[AuditFile]:
    return (
        AuditFile.objects.exclude(status__in=(FileStatus.OK, FileStatus.DUPLICATE))
        .values("status", "reason")
        .annotate(n=Count("pk"))
        .order_by("-n", "status", "reason")
    )


def _reasons(limit: int = 50) -> list[tuple[str, str, int]]:
    """Why files gave no form, most frequent first; duplicates are one line (each names its own
    original, which files.csv lists)."""
    rows = _reason_query()[:limit]
    found = [(r["status"], r["reason"], r["n"]) for r in rows]
    copies = AuditFile.objects.filter(status=FileStatus.DUPLICATE).count()
    if copies:
        found.append(
            (FileStatus.DUPLICATE.value, "与另一文件内容完全相同（原文件见 files.csv）", copies)
        )
    return sorted(found, key=lambda r: -r[2])


_POINT_FIELDS = (
    "pk",
    "project_name",
    "unit_name",
    "department_name",
    "year",
    "self_score",
    "computed_score",
    "execution_rate",
    "grade",
    "computed_grade",
    "error_count",
    "warning_count",
    "audit_file__path",
    "form_index",
)


def _point_query() -> QuerySet[FormRecord]:
    return batch_forms().order_by("pk").values_list(*_POINT_FIELDS)


def _points() -> list[FormPoint]:
    rows = _point_query().iterator(chunk_size=5000)
    return [FormPoint(*row[:13], form_index=row[13]) for row in rows]


def _code_query() -> QuerySet[FindingRecord]:
    return (
        _of_batch(FindingRecord.objects.all())
        .values("code", "severity")
        # Counted over indexed columns (not COUNT(id)): the covering index answers alone.
        .annotate(forms=Count("repeat", filter=Q(repeat=False)), findings=Count("*"))
        .order_by("-forms", "code")
    )


def _codes() -> list[CodeCount]:
    rows = _code_query()
    return [CodeCount(r["code"], r["severity"], r["forms"], r["findings"]) for r in rows]


def _group_query(forms: QuerySet[FormRecord], column: str) -> QuerySet[FormRecord]:
    return (
        forms.values(column)
        .annotate(
            n=Count("pk"),
            mean_self=Avg("self_score"),
            mean_computed=Avg("computed_score"),
            errors=Sum("error_count"),
            warnings=Sum("warning_count"),
        )
        .order_by("-n", column)
    )


def _groups(forms: QuerySet[FormRecord], column: str, limit: int = 200) -> list[GroupRow]:
    rows = _group_query(forms, column)[:limit]
    return [
        GroupRow(
            key="" if r[column] is None else str(r[column]),
            forms=r["n"],
            mean_self=_decimal(r["mean_self"]),
            mean_computed=_decimal(r["mean_computed"]),
            errors=r["errors"] or 0,
            warnings=r["warnings"] or 0,
        )
        for r in rows
    ]


def _decimal(value: object) -> Decimal | None:
    # SQLite averages come back as float, PostgreSQL's as Decimal: one type for the report.
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _distinct_indicators() -> QuerySet[IndicatorRecord]:
    return (
        _of_batch(IndicatorRecord.objects.exclude(name=""))
        .values("level1", "level2", "name")
        .annotate(forms=Count("repeat", filter=Q(repeat=False)))
    )


def library(limit: int | None = None) -> list[IndicatorEntry]:
    """Distinct indicators, most used first, each with its most frequent targets and units."""
    ordered = _distinct_indicators().order_by("-forms", "level1", "level2", "name")
    top = list(ordered if limit is None else ordered[:limit])
    targets = _top_targets({r["name"] for r in top})
    entries = []
    for r in top:
        key = (r["level1"], r["level2"], r["name"])
        common = targets.get(key, [])
        units, kinds = _units_and_kinds(common)
        entries.append(
            IndicatorEntry(*key, forms=r["forms"], units=units, targets=tuple(common), kinds=kinds)
        )
    return entries


def _target_query() -> QuerySet[IndicatorRecord]:
    return (
        _of_batch(IndicatorRecord.objects.exclude(target=""))
        .values("level1", "level2", "name", "target")
        .annotate(n=Count("*"))
        .order_by("-n", "target")
    )


def _top_targets(names: set[str], per: int = 3) -> dict[tuple[str, str, str], list[str]]:
    rows = _target_query()
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for r in rows.iterator(chunk_size=5000):
        key = (r["level1"], r["level2"], r["name"])
        if r["name"] in names and len(found[key]) < per:
            found[key].append(r["target"])
    return found


_KIND_LABELS = {
    TargetKind.POSITIVE: "正向",
    TargetKind.REVERSE: "反向",
    TargetKind.EQUAL: "等于",
    TargetKind.RANGE: "区间",
    TargetKind.DEADLINE: "时限",
    TargetKind.QUALITATIVE: "定性",
}


def _units_and_kinds(targets: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The units and the scoring kinds (R10–R17) of an indicator's common targets."""
    units: list[str] = []
    kinds: list[str] = []
    for text in targets:
        try:
            target = parse_target(text)
        except ValueParseError:
            continue
        if target.unit and target.unit not in units:
            units.append(target.unit)
        kind = _KIND_LABELS.get(target.kind)
        if kind and kind not in kinds:
            kinds.append(kind)
    return tuple(units), tuple(kinds)


# The report's main queries, by name, for bench/batch_pg.py (EXPLAIN and timing on PostgreSQL).
REPORT_QUERIES: dict[str, Callable[[], QuerySet[Any]]] = {
    "files by status": _status_query,
    "reasons": _reason_query,
    "form points": _point_query,
    "findings by code": _code_query,
    "by department": lambda: _group_query(batch_forms(), "department_name"),
    "distinct indicators": lambda: _distinct_indicators().order_by("-forms"),
    "indicator targets": _target_query,
}


def stored_forms(
    ids: list[int],
) -> dict[int, tuple[str, str, list[tuple[str, str, str, str, str]]]]:
    """For each form id: its JSON, its policy and its reader findings (code, severity, path,
    message, rule) — what it takes to check it again and mark its findings on the form."""
    forms = FormRecord.objects.filter(pk__in=ids).values_list("pk", "form_json", "policy")
    reader: dict[int, list[tuple[str, str, str, str, str]]] = defaultdict(list)
    rows = (
        FindingRecord.objects.filter(form_id__in=ids, code__startswith="READ.")
        .order_by("form_id", "position")
        .values_list("form_id", "code", "severity", "path", "message", "rule")
    )
    for form_id, *finding in rows:
        reader[form_id].append(tuple(finding))  # type: ignore[arg-type]
    return {pk: (text, policy, reader[pk]) for pk, text, policy in forms}
