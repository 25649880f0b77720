"""One form exported in the official layout (the writers), and read back by the readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.readers import read_path
from jixiao.store.forms import form_of

pytestmark = pytest.mark.django_db


def test_xlsx_export_reads_back_as_the_same_form(login, make_form, tmp_path: Path) -> None:
    record = make_form()
    response = login("filler").get(f"/forms/{record.pk}/export.xlsx")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert ".xlsx" in response["Content-Disposition"]
    path = tmp_path / "out.xlsx"
    path.write_bytes(response.content)
    back = read_path(path)[0].form
    original = form_of(record)
    assert back.indicators == original.indicators
    assert back.funds.total == original.funds.total
    assert back.total == original.total


def test_pdf_export_and_the_annotated_one(login, make_form) -> None:
    record = make_form(example="seed-2021-zgc.json")
    client = login("filler")
    plain = client.get(f"/forms/{record.pk}/export.pdf")
    annotated = client.get(f"/forms/{record.pk}/export.pdf?annotate=1")
    assert plain["Content-Type"] == "application/pdf"
    assert plain.content.startswith(b"%PDF-") and annotated.content.startswith(b"%PDF-")
    assert len(annotated.content) > len(plain.content)  # the notes and the 审核 column
    html = client.get(f"/forms/{record.pk}/export.html?annotate=1").content.decode()
    assert "E1" in html and "中关村" in html


def test_export_follows_what_the_user_may_see(login, make_form) -> None:
    record = make_form()
    assert login("far_filler").get(f"/forms/{record.pk}/export.pdf").status_code == 404
    assert login("dept_reviewer").get(f"/forms/{record.pk}/export.xlsx").status_code == 200
    assert login("filler").get(f"/forms/{record.pk}/export.exe").status_code == 404


def test_an_unknown_layout_falls_back_to_the_national_one(login, make_form) -> None:
    record = make_form()
    response = login("filler").get(f"/forms/{record.pk}/export.html?layout=<x>")
    assert response.status_code == 200
