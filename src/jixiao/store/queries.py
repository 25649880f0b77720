"""Read-only queries behind the lists, the inbox and the history pages."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Min, Q, QuerySet

from jixiao.store.models import (
    Comment,
    Evidence,
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


def explained_findings(record: FormRecord) -> list[FindingRecord]:
    return list(record.findings.exclude(explanation=""))


def error_findings(record: FormRecord) -> list[FindingRecord]:
    return list(record.findings.filter(severity="error"))


def findings_of(record: FormRecord) -> list[FindingRecord]:
    return list(record.findings.all())


SCORE_BANDS = (
    (90, 101, "90–100（优）"),
    (80, 90, "80–90（良）"),
    (60, 80, "60–80（中）"),
    (0, 60, "60 以下（差）"),
)


@dataclass(frozen=True)
class Summary:
    """One organisation's year at a glance."""

    forms: int
    by_status: dict[str, int]
    bands: list[tuple[str, int]]
    points: list[tuple[Decimal, Decimal, str]]  # (execution rate %, self-score, project)
    top_findings: list[tuple[str, str, int]]  # (code, an example message, count)


def summary(user: User, year: int | None) -> Summary:
    forms = visible_forms(user)
    if year:
        forms = forms.filter(year=year)
    rows = list(forms.values_list("self_score", "execution_rate", "project_name"))
    bands = [
        (label, sum(1 for s, _, _ in rows if s is not None and low <= s < high))
        for low, high, label in SCORE_BANDS
    ]
    bands.append(("未填总分", sum(1 for s, _, _ in rows if s is None)))
    points = [
        (rate, score, name) for score, rate, name in rows if score is not None and rate is not None
    ]
    top = (
        FindingRecord.objects.filter(form__in=forms)
        .values("code")
        .annotate(n=Count("pk"), example=Min("message"))
        .order_by("-n", "code")[:10]
    )
    return Summary(
        forms=len(rows),
        by_status=status_counts(forms),
        bands=bands,
        points=points,
        top_findings=[(t["code"], t["example"], t["n"]) for t in top],
    )


def evidence_of(record: FormRecord) -> list[Evidence]:
    return list(record.evidence.select_related("file", "uploaded_by"))


def one_evidence(record: FormRecord, pk: int) -> Evidence | None:
    return record.evidence.select_related("file").filter(pk=pk).first()


def finding_codes(form_ids: list[int]) -> dict[int, list[str]]:
    """The rule ids of each form's errors and warnings, worst first: what a reviewer scans for."""
    rows = (
        FindingRecord.objects.filter(form_id__in=form_ids, severity__in=("error", "warning"))
        .values_list("form_id", "severity", "rule")
        .order_by("form_id", "severity", "rule")
    )
    codes: dict[int, list[str]] = {}
    for form_id, severity, rule in rows:
        label = f"{rule}（错误）" if severity == "error" else rule
        if label not in codes.setdefault(form_id, []):
            codes[form_id].append(label)
    return codes
