"""The one permission helper: what a user's role allows on a form, and which forms they may see.

A form outside what a user may see is reported as absent (404), never as forbidden, so guessing
another organisation's form IDs tells nothing (no IDOR).
"""

from __future__ import annotations

from enum import StrEnum

from django.db.models import Q, QuerySet

from jixiao.store.models import FormRecord, OrgKind, Origin, Role, Status, User


class Action(StrEnum):
    VIEW = "view"
    EDIT = "edit"  # save a draft, upload evidence
    SUBMIT = "submit"
    REVIEW = "review"  # comment, return, approve, re-score
    CREATE = "create"  # new form in the user's own unit
    MANAGE = "manage"  # users and organisations (Django admin)


def visible_forms(user: User) -> QuerySet[FormRecord]:
    """Forms of the user's own unit (填报人) or of their subtree (审核人, 管理员)."""
    forms = FormRecord.objects.all()
    if not user.is_authenticated or user.organisation_id is None:
        return forms.none()
    org = user.organisation
    assert org is not None
    if user.role == Role.FILLER:
        return forms.filter(unit_id=org.pk)
    mine = Q(unit__path__startswith=org.path)
    if org.parent_id is None:
        # Published forms a batch audit stored belong to no unit: the top of the tree (the finance
        # bureau's reviewers and administrators) browses them; nobody below does.
        mine |= Q(unit__isnull=True, origin=Origin.BATCH)
    return forms.filter(mine)


def can(user: User, action: Action, form: FormRecord | None = None) -> bool:
    """Whether ``user`` may do ``action`` (on ``form`` when given; the form must be visible)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if action is Action.MANAGE:
        return user.role == Role.ADMIN
    if action is Action.CREATE:
        org = user.organisation
        return user.role == Role.FILLER and org is not None and org.kind == OrgKind.UNIT
    if form is None or not _sees(user, form):
        return False
    return _allowed_on(user, action, form)


def _allowed_on(user: User, action: Action, form: FormRecord) -> bool:
    if action is Action.VIEW:
        return True
    if action in (Action.EDIT, Action.SUBMIT):
        return user.role == Role.FILLER and form.editable
    if action is Action.REVIEW:
        # A reviewer acts on forms of units below them, never on their own organisation's.
        return (
            user.role == Role.REVIEWER
            and form.status == Status.SUBMITTED
            and form.unit_id != user.organisation_id
        )
    return False


def _sees(user: User, form: FormRecord) -> bool:
    org = user.organisation
    if org is None:
        return False
    if form.unit is None:  # a published form from a batch audit (see visible_forms)
        return form.origin == Origin.BATCH and user.role != Role.FILLER and org.parent_id is None
    if user.role == Role.FILLER:
        return form.unit_id == org.pk
    return form.unit.path.startswith(org.path)


def find_visible(user: User, pk: int) -> FormRecord | None:
    """The form with this id if the user may see it; None for absent and for not-yours alike."""
    return visible_forms(user).select_related("unit").filter(pk=pk).first()
