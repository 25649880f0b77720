"""Starting a form: blank, from an uploaded file (any readable format), from last year's."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from jixiao.store.models import FormRecord, StoredFile

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "data" / "fixtures"

pytestmark = pytest.mark.django_db


def _upload(client, name: str, content: bytes):  # type: ignore[no-untyped-def]
    return client.post("/forms/upload/", {"file": SimpleUploadedFile(name, content)}, follow=True)


def _nothing_saved(settings) -> None:  # type: ignore[no-untyped-def]
    assert FormRecord.objects.count() == 0
    assert StoredFile.objects.count() == 0
    stored = [p for p in Path(settings.JIXIAO_UPLOAD_DIR).rglob("*") if p.is_file()]
    assert stored == []


def test_blank_form_gets_the_units_names(login) -> None:
    response = login("filler").post("/forms/new/", {"year": "2025", "project": "校舍维修"})
    record = FormRecord.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/forms/{record.pk}/"
    assert (record.year, record.project_name, record.unit_name) == (2025, "校舍维修", "市一中")
    assert record.department_name == "市教育局" and record.status == "draft"


def test_blank_form_without_a_year_is_refused_with_a_message(login) -> None:
    response = login("filler").post("/forms/new/", {"year": "明年", "project": "x"}, follow=True)
    assert "请填写年度" in response.content.decode()
    assert FormRecord.objects.count() == 0


@pytest.mark.parametrize("name", ["clean.xlsx", "clean.docx", "clean.html", "clean.pdf"])
def test_upload_reads_a_real_file_into_a_checked_draft(login, settings, name: str) -> None:
    response = _upload(login("filler"), name, (FIXTURES / name).read_bytes())
    record = FormRecord.objects.get()
    assert response.redirect_chain[-1][0] == f"/forms/{record.pk}/"
    assert record.origin == "upload" and record.source_file is not None
    assert record.source_file.name == name
    kept = Path(settings.JIXIAO_UPLOAD_DIR) / record.source_file.relpath
    assert kept.read_bytes() == (FIXTURES / name).read_bytes()
    assert record.project_name and record.computed_score is not None


def test_upload_of_our_json_keeps_the_numbers_as_printed(login) -> None:
    _upload(login("filler"), "seed.json", (EXAMPLES / "seed-2021-zgc.json").read_bytes())
    record = FormRecord.objects.get()
    assert str(record.self_score) == "95.2000"
    assert "1467.62" in record.form_json
    assert record.error_count == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.pdf", b"", "空文件"),
        ("notes.txt", "这只是一段说明文字，没有表格。".encode(), "无法读取此文件"),
        ("fake.xlsx", b"PK\x03\x04 not really a zip", "无法读取此文件"),
        ("evil.exe", b"MZ\x90\x00\x03" + bytes(200), "无法读取此文件"),
    ],
)
def test_a_broken_upload_is_a_clear_message_and_nothing_is_half_saved(
    login, settings, name: str, content: bytes, message: str
) -> None:
    html = _upload(login("filler"), name, content).content.decode()
    assert message in html
    assert "Traceback" not in html
    _nothing_saved(settings)


def test_an_office_zip_that_is_no_form_leaves_nothing(login, settings) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    html = _upload(login("filler"), "x.docx", buf.getvalue()).content.decode()
    assert "不是完整的 Excel 或 Word 文件" in html
    _nothing_saved(settings)


def test_an_upload_above_the_limit_is_refused(login, settings) -> None:
    settings.JIXIAO_MAX_UPLOAD_BYTES = 1024
    html = _upload(login("filler"), "big.txt", b"x" * 4096).content.decode()
    assert "文件过大" in html
    _nothing_saved(settings)


def test_uploads_are_stored_outside_the_web_root(settings) -> None:
    upload = Path(settings.JIXIAO_UPLOAD_DIR).resolve()
    static = Path(settings.STATIC_ROOT).resolve()
    assert not upload.is_relative_to(static)
    assert str(settings.JIXIAO_UPLOAD_DIR) not in str(settings.STATIC_URL)


def test_copy_last_year_keeps_targets_and_clears_results(login, make_form) -> None:
    old = make_form()
    response = login("filler").post("/forms/copy/", {"source": str(old.pk)})
    new = FormRecord.objects.exclude(pk=old.pk).get()
    assert response["Location"] == f"/forms/{new.pk}/"
    assert new.year == old.year + 1 and new.origin == "copy"
    assert new.self_score is None and "≥300人次" in new.form_json
    assert "326人次" not in new.form_json


def test_copying_another_units_form_is_not_found(login, make_form) -> None:
    theirs = make_form("other_filler")
    response = login("filler").post("/forms/copy/", {"source": str(theirs.pk)})
    assert response.status_code == 404
    assert FormRecord.objects.count() == 1


def test_only_a_units_filler_may_create(login) -> None:
    assert (
        login("dept_reviewer").post("/forms/new/", {"year": "2025", "project": "x"}).status_code
        == 403
    )
