"""A batch can be browsed in the web app: the finance bureau's reviewers see its forms read-only;
departments, units and guessed IDs see nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from jixiao.batch import run_batch
from jixiao.store.audit import DatabaseSink
from jixiao.store.models import FormRecord, Organisation, OrgKind, Origin, Role, User

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def batch_form(audit_folder: Path) -> FormRecord:
    sink = DatabaseSink()
    run_batch([audit_folder], sink, policy="national-2020")
    sink.close()
    return FormRecord.objects.filter(origin=Origin.BATCH).order_by("pk").first()  # type: ignore[return-value]


def _client(name: str, org: Organisation, role: Role) -> Client:
    client = Client()
    client.force_login(User.objects.create_user(name, organisation=org, role=role))
    return client


def test_the_bureau_browses_batch_forms_read_only(batch_form: FormRecord) -> None:
    bureau = Organisation.objects.create(name="市财政局", kind=OrgKind.BUREAU)
    dept = Organisation.objects.create(name="市教育局", kind=OrgKind.DEPARTMENT, parent=bureau)
    unit = Organisation.objects.create(name="市一中", kind=OrgKind.UNIT, parent=dept)
    page = f"/forms/{batch_form.pk}/"
    reviewer = _client("caizheng", bureau, Role.REVIEWER)
    listed = reviewer.get("/forms/").content.decode()
    assert batch_form.project_name in listed
    shown = reviewer.get(page)
    assert shown.status_code == 200 and batch_form.project_name in shown.content.decode()
    saved = reviewer.post(f"{page}save/", {"version": batch_form.version})
    assert saved.status_code in (403, 404)
    for name, org, role in (
        ("bumen", dept, Role.REVIEWER),
        ("danwei", unit, Role.FILLER),
        ("guanli", dept, Role.ADMIN),
    ):
        client = _client(name, org, role)
        assert client.get(page).status_code == 404, name
        assert batch_form.project_name not in client.get("/forms/").content.decode(), name
