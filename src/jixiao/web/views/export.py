"""The list of visible forms as CSV (UTF-8 with BOM, so Excel and WPS open the Chinese right)."""

from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from jixiao.store.models import Status
from jixiao.store.queries import my_forms
from jixiao.web.layout import text
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


@login_required
def list_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="jixiao-forms.csv"'
    response.write("\ufeff")
    out = csv.writer(response)
    out.writerow(COLUMNS)
    for r in my_forms(user_of(request)).iterator():
        out.writerow(
            [
                r.pk,
                r.year or "",
                _cell(r.project_name),
                _cell(r.unit_name),
                _cell(r.department_name),
                Status(r.status).label,
                text(r.self_score),
                text(r.computed_score),
                text(r.review_score),
                r.grade,
                r.computed_grade,
                text(r.execution_rate),
                r.error_count,
                r.warning_count,
                r.info_count,
            ]
        )
    return response


def _cell(value: str) -> str:
    # A cell starting with = + - @ would run as a formula in Excel (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
