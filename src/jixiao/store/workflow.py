"""Status transitions with their history rows: submit, return, approve, re-score, comment."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.db import transaction

from jixiao.store.models import Comment, FindingRecord, FormRecord, Transition, User
from jixiao.store.permissions import Action, can, visible_forms


class Refused(Exception):
    """A transition that the rules do not allow now; ``message`` says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def unexplained_errors(record: FormRecord) -> list[FindingRecord]:
    return list(record.findings.filter(severity="error", explanation=""))


def submit(user: User, record: FormRecord, explanations: Mapping[int, str]) -> None:
    """Submit for review; every error finding must be fixed or explained first."""
    _require(user, Action.SUBMIT, record, "此表当前不能提交")
    # Explanations are kept even when the submission is refused: nothing typed is lost.
    for finding in record.findings.filter(severity="error"):
        text = explanations.get(finding.pk, "").strip()
        if text and text != finding.explanation:
            finding.explanation = text[:2000]
            finding.save(update_fields=["explanation"])
    left = unexplained_errors(record)
    if left:
        raise Refused(f"还有 {len(left)} 个错误未修改也未说明，不能提交")
    with transaction.atomic():
        _move(user, record, record.submit, "")


def send_back(user: User, record: FormRecord, comment: str) -> None:
    """Return to the unit with a comment (the comment is required)."""
    _require(user, Action.REVIEW, record, "只有上级审核人可以退回待审的表")
    if not comment.strip():
        raise Refused("退回时请填写意见")
    with transaction.atomic():
        _move(user, record, record.send_back, comment.strip())


def approve(user: User, record: FormRecord, comment: str = "") -> None:
    """Approve; the form is frozen from now on."""
    _require(user, Action.REVIEW, record, "只有上级审核人可以通过待审的表")
    with transaction.atomic():
        _move(user, record, record.approve, comment.strip())


def bulk_approve(user: User, ids: Iterable[int]) -> tuple[int, int]:
    """Approve the chosen forms that have no findings left; (approved, skipped)."""
    approved = skipped = 0
    for record in visible_forms(user).filter(pk__in=list(ids)):
        if record.error_count or record.warning_count or not can(user, Action.REVIEW, record):
            skipped += 1
            continue
        approve(user, record, "批量通过（无审核发现）")
        approved += 1
    return approved, skipped


def rescore(user: User, record: FormRecord, score: Decimal | None) -> None:
    """The reviewer's 复核得分, kept beside the self-score (never over it)."""
    _require(user, Action.REVIEW, record, "只有上级审核人可以复核评分")
    if score is not None and not Decimal(0) <= score <= Decimal(100):
        raise Refused("复核得分应在 0 到 100 之间")
    record.review_score = score
    record._history_user = user  # type: ignore[attr-defined]
    record.save(update_fields=["review_score", "updated_at"])


def add_comment(user: User, record: FormRecord, path: str, text: str) -> Comment:
    """A comment on a row ('' for the whole form) by its reviewer or its filler."""
    if not (can(user, Action.REVIEW, record) or can(user, Action.EDIT, record)):
        raise Refused("当前不能对此表发表意见")
    if not text.strip():
        raise Refused("意见不能为空")
    return Comment.objects.create(form=record, path=path[:120], text=text.strip(), author=user)


def _require(user: User, action: Action, record: FormRecord, message: str) -> None:
    if not can(user, action, record):
        raise Refused(message)


def _move(user: User, record: FormRecord, step: object, comment: str) -> None:
    source = record.status
    step()  # type: ignore[operator]
    record._history_user = user  # type: ignore[attr-defined]
    record.save()
    Transition.objects.create(
        form=record, source=source, target=record.status, by=user, comment=comment
    )
