"""One form in the official layout as .xlsx, .pdf or .html; annotated with findings on request."""

from __future__ import annotations

import threading

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header

from jixiao.store.forms import evaluate, form_of
from jixiao.store.permissions import Action
from jixiao.web.views.access import form_for
from jixiao.writers import DEFAULT_LAYOUT, LAYOUTS
from jixiao.writers.document import prepare, render

TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}
# fontconfig, under WeasyPrint, is not known to be thread-safe: one PDF at a time per process.
_PDF_LOCK = threading.Lock()


@login_required
def export_form(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in TYPES:
        raise Http404("不支持的导出格式")
    record = form_for(request, pk, Action.VIEW)
    layout = request.GET.get("layout", DEFAULT_LAYOUT)
    if layout not in LAYOUTS:
        layout = DEFAULT_LAYOUT
    form = form_of(record)
    report = evaluate(form, record.policy) if request.GET.get("annotate") == "1" else None
    page = prepare(form, layout, report)
    if fmt == "pdf":
        with _PDF_LOCK:
            data = render([page], ".pdf")
    else:
        data = render([page], f".{fmt}")
    response = HttpResponse(data, content_type=TYPES[fmt])
    name = f"{record.year or ''}{record.project_name or '自评表'}{'（审核标注）' if report else ''}"
    response["Content-Disposition"] = content_disposition_header(True, f"{name}.{fmt}")
    return response
