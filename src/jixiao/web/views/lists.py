"""A unit's form list and the three ways to start a form: blank, from a file, from last year's."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from jixiao.store.files import Upload, UploadRejected, import_upload
from jixiao.store.forms import blank_form, create_form, form_of, next_year_copy
from jixiao.store.models import Origin
from jixiao.store.permissions import Action, can
from jixiao.store.queries import my_forms
from jixiao.web.fields import parse_number
from jixiao.web.views.access import form_for, user_of


@login_required
def form_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    forms = list(my_forms(user)[:500])
    return render(
        request,
        "jixiao/list.html",
        {
            "forms": forms,
            "can_create": can(user, Action.CREATE),
            "this_year": timezone.localdate().year - 1,
        },
    )


def _creator(request: HttpRequest):  # type: ignore[no-untyped-def]
    user = user_of(request)
    if not can(user, Action.CREATE):
        raise PermissionDenied("只有实施单位的填报人可以新建自评表")
    return user


@login_required
@require_POST
def create_blank(request: HttpRequest) -> HttpResponse:
    user = _creator(request)
    year = _year(request.POST.get("year", ""))
    project = request.POST.get("project", "").strip()[:300]
    if year is None or not project:
        messages.error(request, "请填写年度（如 2025）和项目名称")
        return redirect("form_list")
    org = user.organisation
    parent = org.parent if org else None
    record = create_form(
        user,
        blank_form(year, project, org.name if org else "", parent.name if parent else ""),
        Origin.BLANK,
    )
    return redirect("form_page", pk=record.pk)


@login_required
@require_POST
def create_copy(request: HttpRequest) -> HttpResponse:
    user = _creator(request)
    source = form_for(request, _int(request.POST.get("source")), Action.VIEW)
    year = (source.year or timezone.localdate().year - 2) + 1
    record = create_form(user, next_year_copy(form_of(source), year), Origin.COPY)
    messages.success(request, f"已复制 {source.year} 年的表，请填写 {year} 年的实际完成情况与得分")
    return redirect("form_page", pk=record.pk)


@login_required
@require_POST
def create_upload(request: HttpRequest) -> HttpResponse:
    user = _creator(request)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "没有收到文件：请选择要上传的文件（空文件无法读取）")
        return redirect("form_list")
    try:
        records = import_upload(
            user, Upload(name=upload.name or "", size=upload.size or 0, chunks=upload.chunks())
        )
    except UploadRejected as exc:
        messages.error(request, f"{upload.name}：{exc.message}")
        return redirect("form_list")
    if len(records) == 1:
        return redirect("form_page", pk=records[0].pk)
    messages.success(request, f"{upload.name}：读取到 {len(records)} 张表")
    return redirect("form_list")


def _year(text: str) -> int | None:
    try:
        value = parse_number(text)
    except ValueError:
        return None
    if value is None or value != int(value) or not 1990 <= value <= 2100:
        return None
    return int(value)


def _int(text: str | None) -> int:
    try:
        return int(text or "")
    except ValueError:
        return 0
