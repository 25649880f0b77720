"""The list of visible forms as CSV (UTF-8 with BOM, so Excel and WPS open it) or .xlsx."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from jixiao.store.models import FormRecord, Status
from jixiao.store.queries import my_forms
from jixiao.web.views.access import user_of

COLUMNS = (
    "编号",
    "年度",
    "项目名称",
    "实施单位",
    "主管部门",
    "状态",
    "自评总分",
    "规则总分",
    "复核得分",
    "自评等级",
    "规则等级",
    "执行率（%）",
    "错误",
    "警告",
    "提示",
)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _rows(request: HttpRequest) -> Iterator[list[object]]:
    for r in my_forms(user_of(request)).iterator():
        yield _row(r)


def _row(r: FormRecord) -> list[object]:
    return [
        r.pk,
        r.year,
        _cell(r.project_name),
        _cell(r.unit_name),
        _cell(r.department_name),
        Status(r.status).label,
        _num(r.self_score),
        _num(r.computed_score),
        _num(r.review_score),
        r.grade,
        r.computed_grade,
        _num(r.execution_rate),
        r.error_count,
        r.warning_count,
        r.info_count,
    ]


@login_required
def list_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="jixiao-forms.csv"'
    response.write("\ufeff")
    out = csv.writer(response)
    out.writerow(COLUMNS)
    for row in _rows(request):
        out.writerow(["" if v is None else v for v in row])
    return response


@login_required
def list_xlsx(request: HttpRequest) -> HttpResponse:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("自评表")
    sheet.append(COLUMNS)
    for row in _rows(request):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="jixiao-forms.xlsx"'
    return response


def _num(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize() if value == value.to_integral() else value


def _cell(value: str) -> str:
    # A cell starting with = + - @ would run as a formula in Excel (CSV/XLSX injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
