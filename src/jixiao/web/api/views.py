"""API endpoints: list, read, create from upload, check without saving, submit, review."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from jixiao.model.jsonio import dumps, form_from_json, loads
from jixiao.store.files import Upload, UploadRejected, import_upload
from jixiao.store.forms import evaluate, form_of
from jixiao.store.models import FormRecord
from jixiao.store.permissions import Action, can
from jixiao.store.queries import InboxFilter, findings_of, inbox, my_forms
from jixiao.store.workflow import Refused, approve, rescore, send_back, submit
from jixiao.web.api.auth import api_view, error
from jixiao.web.fields import parse_number
from jixiao.web.views.access import form_for, user_of

MAX_LIST = 1000


class BadBody(Exception):
    """The request body is not the JSON object the endpoint takes."""


def _json(data: object, status: int = 200) -> HttpResponse:
    return HttpResponse(dumps(data), status=status, content_type="application/json")


def _summary(r: FormRecord) -> dict[str, Any]:
    return {
        "id": r.pk,
        "year": r.year,
        "project": r.project_name,
        "unit": r.unit_name,
        "department": r.department_name,
        "status": r.status,
        "version": r.version,
        "self_score": r.self_score,
        "computed_score": r.computed_score,
        "review_score": r.review_score,
        "grade": r.grade or None,
        "computed_grade": r.computed_grade or None,
        "execution_rate": r.execution_rate,
        "errors": r.error_count,
        "warnings": r.warning_count,
    }


def _detail(r: FormRecord) -> dict[str, Any]:
    report = evaluate(form_of(r), r.policy)
    findings = [
        {
            "id": f.pk,
            "code": f.code,
            "severity": f.severity,
            "path": f.path,
            "message": f.message,
            "rule": f.rule,
            "explanation": f.explanation or None,
        }
        for f in findings_of(r)
    ]
    return {**_summary(r), "form": report.form, "computed": report.computed, "findings": findings}


def _guarded(view):  # type: ignore[no-untyped-def]
    """404/403 as JSON, like every other API error."""

    def inner(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)  # type: ignore[no-any-return]
        except Http404:
            return error(404, "没有这张表")
        except PermissionDenied:
            return error(403, "没有权限进行此操作")
        except BadBody as exc:
            return error(400, str(exc))
        except Refused as exc:
            return error(409, exc.message)

    inner.__name__ = view.__name__
    return inner


@api_view(("GET", "POST"))
@_guarded
def forms(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _create(request)
    user = user_of(request)
    status = request.GET.get("status", "")
    if status:
        year = request.GET.get("year", "")
        rows = inbox(user, InboxFilter(status=status, year=int(year) if year.isdigit() else None))
    else:
        rows = my_forms(user)
    return _json({"forms": [_summary(r) for r in rows[:MAX_LIST]]})


def _create(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    if not can(user, Action.CREATE):
        return error(403, "只有实施单位的填报人可以新建自评表")
    upload = request.FILES.get("file")
    if upload is None:
        return error(400, "请以 multipart/form-data 上传文件，字段名为 file")
    try:
        records = import_upload(
            user, Upload(name=upload.name or "", size=upload.size or 0, chunks=upload.chunks())
        )
    except UploadRejected as exc:
        return error(422, exc.message)
    return _json({"forms": [_detail(r) for r in records]}, status=201)


@api_view(("GET",))
@_guarded
def form(request: HttpRequest, pk: int) -> HttpResponse:
    return _json(_detail(form_for(request, pk, Action.VIEW)))


@api_view(("POST",))
def check(request: HttpRequest) -> HttpResponse:
    """Score and check a jixiao.form/1 JSON body without saving anything."""
    try:
        parsed = form_from_json(request.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        return error(422, f"请求体不是有效的 jixiao.form/1 JSON：{str(exc)[:200]}")
    report = evaluate(parsed, request.GET.get("policy", "national-2020"))
    return _json({"form": report.form, "computed": report.computed, "findings": report.findings})


@api_view(("POST",))
@_guarded
def submit_form(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.SUBMIT)
    body = _body(request)
    given = body.get("explanations") or {}
    explanations = {int(k): str(v) for k, v in given.items() if str(k).isdigit()}
    submit(user_of(request), record, explanations)
    return _json(_summary(FormRecord.objects.get(pk=record.pk)))


@api_view(("POST",))
@_guarded
def review_form(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.REVIEW)
    body = _body(request)
    user = user_of(request)
    if "review_score" in body:
        score = body["review_score"]
        try:
            rescore(user, record, None if score is None else parse_number(str(score)))
        except ValueError as exc:
            return error(422, str(exc))
    action = body.get("action")
    if action == "return":
        send_back(user, record, str(body.get("comment", "")))
    elif action == "approve":
        approve(user, record, str(body.get("comment", "")))
    elif action is not None:
        return error(422, "action 应为 return 或 approve")
    return _json(_summary(FormRecord.objects.get(pk=record.pk)))


def _body(request: HttpRequest) -> dict[str, Any]:
    if not request.body:
        return {}
    try:
        data = loads(request.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BadBody("请求体不是有效的 JSON") from None
    if not isinstance(data, dict):
        raise BadBody("请求体应为 JSON 对象")
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in data.items()}
