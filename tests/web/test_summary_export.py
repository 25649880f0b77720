"""The summary page and the list exports, on real forms."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def test_summary_counts_bands_points_and_findings(login, make_form) -> None:
    make_form()  # self-score 100, execution 100 %
    make_form("other_filler", example="seed-2021-zgc.json")  # 95.20, execution 53.02 %
    make_form("far_filler")  # another department: not in 教育局's summary
    response = login("dept_reviewer").get("/summary/")
    data = response.context["data"]
    assert data.forms == 2
    assert data.by_status["draft"] == 2
    assert dict(data.bands)["90–100（优）"] == 2
    assert sorted(str(r) for r, _, _ in data.points) == ["100.0000", "53.0210"]
    codes = {code: n for code, _, n in data.top_findings}
    assert codes["E13.excluded-row"] == 11
    html = response.content.decode()
    assert html.count("<circle") == 2 and "执行率 53.02%，自评 95.2" in html


def test_summary_for_a_year(login, make_form) -> None:
    make_form()
    assert login("filler").get("/summary/?year=2022").context["data"].forms == 0
    assert login("filler").get("/summary/?year=2023").context["data"].forms == 1


def test_xlsx_list_has_one_row_per_visible_form(login, make_form) -> None:
    mine = make_form()
    make_form("far_filler")
    response = login("filler").get("/forms/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("编号", "年度", "项目名称")
    assert [r[0] for r in rows[1:]] == [mine.pk]
    assert rows[1][5] == "草稿" and rows[1][6] == 100


def test_csv_list_opens_in_excel_with_chinese(login, make_form) -> None:
    make_form()
    body = login("filler").get("/forms/export.csv").content
    assert body.startswith("\ufeff".encode())
    assert "基层预算绩效管理能力培训项目" in body.decode("utf-8-sig")
