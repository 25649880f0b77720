"""Read-only queries behind the lists, the inbox and the history pages."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from jixiao.store.models import (
    Comment,
    FindingRecord,
    FormRecord,
    Organisation,
    Status,
    Transition,
    User,
)
from jixiao.store.permissions import visible_forms


@dataclass(frozen=True)
class InboxFilter:
    status: str = Status.SUBMITTED
    year: int | None = None
    unit: int | None = None
    grade: str = ""
    finding: str = ""
    search: str = ""


def inbox(user: User, flt: InboxFilter) -> QuerySet[FormRecord]:
    """A reviewer's forms in one status, narrowed by the filters, most errors first."""
    forms = visible_forms(user).exclude(status=Status.DRAFT).select_related("unit")
    if flt.status in Status.values:
        forms = forms.filter(status=flt.status)
    if flt.year:
        forms = forms.filter(year=flt.year)
    if flt.unit:
        forms = forms.filter(unit_id=flt.unit)
    if flt.grade:
        forms = forms.filter(Q(computed_grade=flt.grade) | Q(grade=flt.grade))
    if flt.finding:
        forms = forms.filter(findings__code__startswith=flt.finding).distinct()
    if flt.search:
        forms = forms.filter(project_name__icontains=flt.search)
    return forms.order_by("-error_count", "-warning_count", "-updated_at")


def my_forms(user: User) -> QuerySet[FormRecord]:
    return visible_forms(user).select_related("unit").order_by("-year", "-updated_at")


def units_below(user: User) -> QuerySet[Organisation]:
    org = user.organisation
    if org is None:
        return Organisation.objects.none()
    return Organisation.objects.filter(path__startswith=org.path, kind="unit")


def previous_forms(user: User, year: int) -> QuerySet[FormRecord]:
    """The unit's forms of earlier years, to copy from."""
    return visible_forms(user).filter(year__lt=year).order_by("-year", "project_name")


def versions(record: FormRecord) -> list[object]:
    """The record's saved versions, oldest first, with who saved each."""
    return list(
        record.history.order_by("history_date", "history_id").select_related("history_user")
    )


def status_counts(forms: QuerySet[FormRecord]) -> dict[str, int]:
    counts = {s.value: 0 for s in Status}
    for row in forms.values("status").order_by().annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    return counts


def comments_of(record: FormRecord) -> list[Comment]:
    return list(record.comments.select_related("author"))


def transitions_of(record: FormRecord) -> list[Transition]:
    return list(record.transitions.select_related("by"))


def last_editor(record: FormRecord) -> User | None:
    latest = record.history.order_by("-history_date").select_related("history_user").first()
    return latest.history_user if latest else None  # type: ignore[attr-defined, no-any-return]


def error_findings(record: FormRecord) -> list[FindingRecord]:
    return list(record.findings.filter(severity="error"))


def findings_of(record: FormRecord) -> list[FindingRecord]:
    return list(record.findings.all())
