"""佐证材料: attached per indicator row, sniffed by content, downloaded only by who may see it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from jixiao.store.models import Evidence, StoredFile

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "data" / "fixtures"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _attach(client, pk: int, name: str, content: bytes, row: str = "2"):  # type: ignore[no-untyped-def]
    return client.post(
        f"/forms/{pk}/evidence/",
        {"row": row, "file": SimpleUploadedFile(name, content)},
        follow=True,
    )


def test_a_pdf_and_an_image_are_attached_to_a_row(login, make_form) -> None:
    record = make_form()
    client = login("filler")
    _attach(client, record.pk, "签到表.pdf", (FIXTURES / "clean.pdf").read_bytes())
    page = _attach(client, record.pk, "现场照片.png", PNG, row="").content.decode()
    assert "第 3 行指标：" in page and "签到表.pdf" in page and "整张表：" in page
    kept = {(e.row, e.file.kind) for e in Evidence.objects.all()}
    assert kept == {(2, "pdf"), (None, "png")}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("x.pdf", b"MZ\x90\x00"),
        ("pic.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>"),
    ],
)
def test_other_kinds_of_file_are_refused_and_nothing_kept(
    login, make_form, settings, name: str, content: bytes
) -> None:
    record = make_form()
    page = _attach(login("filler"), record.pk, name, content).content.decode()
    assert "佐证材料只接受 PDF、图片" in page
    assert Evidence.objects.count() == 0
    assert StoredFile.objects.count() == 0
    assert [p for p in Path(settings.JIXIAO_UPLOAD_DIR).rglob("*") if p.is_file()] == []


def test_download_is_an_attachment_for_those_who_may_see_the_form(login, make_form) -> None:
    record = make_form()
    _attach(login("filler"), record.pk, "照片.png", PNG)
    item = Evidence.objects.get()
    url = f"/forms/{record.pk}/evidence/{item.pk}/"
    response = login("dept_reviewer").get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == PNG
    assert login("other_filler").get(url).status_code == 404
    assert login("far_filler").get(url).status_code == 404
    other = make_form("other_filler")
    assert login("other_filler").get(f"/forms/{other.pk}/evidence/{item.pk}/").status_code == 404


def test_only_the_filler_of_an_editable_form_attaches(login, make_form) -> None:
    record = make_form()
    assert _attach(login("dept_reviewer"), record.pk, "a.png", PNG).status_code == 403
    assert _attach(login("other_filler"), record.pk, "a.png", PNG).status_code == 404
