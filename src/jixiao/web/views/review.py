"""The reviewer's inbox and actions: comment, return, approve, re-score, bulk approve."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jixiao.store.models import Status
from jixiao.store.permissions import Action, can
from jixiao.store.queries import InboxFilter, finding_codes, inbox, status_counts, units_below
from jixiao.store.workflow import Refused, add_comment, approve, bulk_approve, rescore, send_back
from jixiao.web.fields import parse_number
from jixiao.web.views.access import form_for, user_of


def _filter(request: HttpRequest) -> InboxFilter:
    get = request.GET
    status = get.get("status", Status.SUBMITTED)
    return InboxFilter(
        status=status if status in Status.values else Status.SUBMITTED,
        year=_int(get.get("year")),
        unit=_int(get.get("unit")),
        grade=get.get("grade", "")[:10],
        finding=get.get("finding", "")[:40],
        search=get.get("q", "")[:100],
    )


@login_required
def inbox_page(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    flt = _filter(request)
    forms = inbox(user, flt)
    page = Paginator(forms, 50).get_page(request.GET.get("page"))
    codes = finding_codes([f.pk for f in page])
    rows = [(f, "、".join(codes.get(f.pk, [])[:6])) for f in page]
    counts = status_counts(inbox(user, InboxFilter(status="any")))
    tabs = [
        (s.value, s.label, counts[s]) for s in (Status.SUBMITTED, Status.RETURNED, Status.APPROVED)
    ]
    context = {
        "page": page,
        "rows": rows,
        "flt": flt,
        "tabs": tabs,
        "units": units_below(user),
        "query": request.GET.urlencode(),
    }
    return render(request, "jixiao/inbox.html", context)


@login_required
@require_POST
def review_action(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.REVIEW)
    user = user_of(request)
    action = request.POST.get("action", "")
    comment = request.POST.get("comment", "")
    try:
        score_text = request.POST.get("review_score", "")
        if score_text.strip() or record.review_score is not None:
            rescore(user, record, parse_number(score_text))
        if action == "return":
            send_back(user, record, comment)
            messages.success(request, "已退回，并附意见")
        elif action == "approve":
            approve(user, record, comment)
            messages.success(request, "已通过；此表已锁定")
        else:
            messages.success(request, "已保存复核得分")
    except (Refused, ValueError) as exc:
        messages.error(request, getattr(exc, "message", str(exc)))
    return redirect("form_page", pk=record.pk)


@login_required
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.VIEW)
    user = user_of(request)
    if not (can(user, Action.REVIEW, record) or can(user, Action.EDIT, record)):
        raise PermissionDenied("当前不能对此表发表意见")
    try:
        add_comment(
            user_of(request), record, request.POST.get("path", ""), request.POST.get("text", "")
        )
    except Refused as exc:
        messages.error(request, exc.message)
    return redirect("form_page", pk=record.pk)


@login_required
@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    ids = [i for i in (_int(v) for v in request.POST.getlist("ids")) if i]
    approved, skipped = bulk_approve(user_of(request), ids)
    messages.success(request, f"批量通过 {approved} 张；{skipped} 张仍有审核发现或不可审核，未通过")
    return redirect("inbox")


def _int(text: str | None) -> int | None:
    try:
        return int(text or "")
    except ValueError:
        return None
