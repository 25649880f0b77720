"""The form page: the official table with inputs, live scoring (htmx) and draft saving."""

from __future__ import annotations

from collections.abc import Mapping

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jixiao.model.form import Form, Indicator
from jixiao.store.forms import Conflict, evaluate, form_of, save_draft
from jixiao.store.models import Comment, FormRecord
from jixiao.store.permissions import Action, can
from jixiao.store.queries import (
    comments_of,
    evidence_of,
    explained_findings,
    last_editor,
    transitions_of,
)
from jixiao.web.fields import MAX_ROWS, form_from_post
from jixiao.web.layout import cells, live, row_key
from jixiao.web.views.access import form_for, user_of


@login_required
def form_page(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.VIEW)
    return _render(request, record, form_of(record))


@login_required
@require_POST
def live_score(request: HttpRequest, pk: int) -> HttpResponse:
    """Score what is typed without saving; the response replaces the computed cells (oob)."""
    record = form_for(request, pk, Action.EDIT)
    parsed = form_from_post(form_of(record), _post(request))
    report = evaluate(parsed.form, record.policy)
    return render(
        request,
        "jixiao/_live.html",
        {"live": live(report, parsed.errors)},
    )


@login_required
@require_POST
def save(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.EDIT)
    post = _post(request)
    parsed = form_from_post(form_of(record), post)
    form = _rows_changed(parsed.form, request.POST.get("action", ""))
    if parsed.errors:
        messages.error(request, "有输入无法识别，未保存；请改正标出的格子")
        return _render(request, record, form, raw=post, status=400, errors=parsed.errors)
    try:
        saved = save_draft(user_of(request), record.pk, form, _version(request))
    except Conflict as conflict:
        return _conflict(request, conflict.current, form, post)
    if request.POST.get("action") == "submit":
        return redirect("form_submit", pk=saved.pk)
    messages.success(request, f"已保存（第 {saved.version} 版）")
    return redirect("form_page", pk=saved.pk)


def _rows_changed(form: Form, action: str) -> Form:
    """Add a blank indicator row, or remove row i ('remove:i')."""
    rows = list(form.indicators)
    if action == "add_row" and len(rows) < MAX_ROWS:
        rows.append(Indicator(level1=rows[-1].level1 if rows else None))
    elif action.startswith("remove:") and action[7:].isdigit() and int(action[7:]) < len(rows):
        del rows[int(action[7:])]
    else:
        return form
    return form.model_copy(update={"indicators": tuple(rows)})


def _conflict(
    request: HttpRequest, current: FormRecord, mine: Form, post: Mapping[str, str]
) -> HttpResponse:
    """The second saver is told; the page keeps everything they typed, nothing is lost."""
    by = last_editor(current)
    messages.error(
        request,
        f"保存失败：此表已被{by or '他人'}修改（现为第 {current.version} 版）。"
        "您填写的内容仍在下方，请核对后再次保存；如需查看对方的修改，请在新窗口打开历史记录。",
    )
    return _render(request, current, mine, raw=post, status=409, version=current.version)


def _render(
    request: HttpRequest,
    record: FormRecord,
    form: Form,
    *,
    raw: Mapping[str, str] | None = None,
    status: int = 200,
    errors: Mapping[str, str] | None = None,
    version: int | None = None,
) -> HttpResponse:
    user = user_of(request)
    report = evaluate(form, record.policy)
    comments = comments_of(record)
    context = {
        "record": record,
        "form": form,
        "c": cells(form, raw),
        "live": live(report, errors or {}),
        "version": record.version if version is None else version,
        "editable": can(user, Action.EDIT, record),
        "reviewable": can(user, Action.REVIEW, record),
        "comments": comments,
        "row_comments": _by_row(comments),
        "transitions": transitions_of(record),
        "evidence": evidence_of(record),
        "explained": explained_findings(record),
    }
    return render(request, "jixiao/form.html", context, status=status)


def _by_row(comments: list[Comment]) -> dict[str, list[Comment]]:
    """Comments on an indicator row, shown beside that row too (all stay in the list below)."""
    rows: dict[str, list[Comment]] = {}
    for m in comments:
        if m.path.startswith("indicators["):
            rows.setdefault(row_key(m.path), []).append(m)
    return rows


def _post(request: HttpRequest) -> dict[str, str]:
    return {k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"}


def _version(request: HttpRequest) -> int:
    try:
        return int(request.POST.get("version", "0"))
    except ValueError:
        return 0
