"""CSRF on every form, hostile text rendered escaped, security headers, login throttling."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from jixiao.model.form import Project

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'&'


def _csrf_client(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/forms/new/",
        "/forms/upload/",
        "/forms/copy/",
        "/inbox/approve/",
        "/logout/",
        "/forms/{pk}/score/",
        "/forms/{pk}/save/",
        "/forms/{pk}/submit/",
        "/forms/{pk}/review/",
        "/forms/{pk}/comment/",
    ],
)
def test_every_post_without_the_csrf_token_is_refused(people, make_form, path: str) -> None:
    record = make_form()
    response = _csrf_client(people["filler"]).post(path.format(pk=record.pk), {"year": "2025"})
    assert response.status_code == 403
    assert "安全校验（CSRF）未通过" in response.content.decode()


def test_login_without_the_csrf_token_is_refused(people) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/login/", {"username": "filler", "password": "pw-filler"})
    assert response.status_code == 403


def test_a_post_with_the_token_from_the_page_passes(people, make_form) -> None:
    record = make_form()
    client = _csrf_client(people["filler"])
    page = client.get(f"/forms/{record.pk}/")
    token = str(page.context["csrf_token"])
    response = client.post(
        f"/forms/{record.pk}/score/", {"goals.actual": "x"}, HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200


def test_hostile_text_is_escaped_on_every_page(login, make_form, people) -> None:
    from jixiao.store.forms import form_of

    base = make_form()
    form = form_of(base)
    hostile = form.model_copy(
        update={
            "project": Project(name=HOSTILE, unit=HOSTILE, department=HOSTILE),
            "indicators": tuple(
                i.model_copy(update={"name": HOSTILE, "actual": HOSTILE, "deviation": HOSTILE})
                for i in form.indicators
            ),
        }
    )
    from jixiao.store.forms import save_draft

    save_draft(people["filler"], base.pk, hostile, 1)
    client = login("filler")
    client.post(f"/forms/{base.pk}/comment/", {"path": HOSTILE, "text": HOSTILE})
    pages = {
        "live": client.post(f"/forms/{base.pk}/score/", {"indicators[0].score": HOSTILE}),
        "form": client.get(f"/forms/{base.pk}/"),
    }
    client.post(f"/forms/{base.pk}/submit/", {})
    pages |= {
        "list": client.get("/forms/"),
        "history": client.get(f"/forms/{base.pk}/history/"),
    }
    reviewer = login("dept_reviewer")
    pages["inbox"] = reviewer.get("/inbox/")
    pages["summary"] = reviewer.get("/summary/")
    pages["review"] = reviewer.get(f"/forms/{base.pk}/")
    for name, response in pages.items():
        html = response.content.decode()
        assert "<script>alert" not in html, name
        assert "<img src=x" not in html, name
        assert "&lt;script&gt;" in html or name == "live", name
    live = pages["live"].content.decode()
    assert "&lt;script&gt;" in live  # the bad number's message quotes the input, escaped


def test_security_headers(login, make_form) -> None:
    record = make_form()
    response = login("filler").get(f"/forms/{record.pk}/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline script the CSP would block


def test_htmx_is_served_locally_not_from_a_cdn(client, people) -> None:
    html = client.get("/login/").content.decode()
    assert '<script src="/static/django_htmx/htmx-2.min.js"' in html
    assert "http://" not in html and "https://" not in html


def test_login_is_throttled_after_repeated_failures(client, people) -> None:
    for _ in range(5):
        response = client.post("/login/", {"username": "filler", "password": "wrong"})
        assert response.status_code == 200
        assert "用户名或密码不正确" in response.content.decode()
    locked = client.post("/login/", {"username": "filler", "password": "pw-filler"})
    assert locked.status_code == 429
    assert "登录失败次数过多" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_login_is_throttled_too(client, people) -> None:
    for _ in range(5):
        client.post("/admin/login/", {"username": "admin", "password": "wrong"})
    locked = client.post("/admin/login/", {"username": "admin", "password": "pw-admin"})
    assert locked.status_code == 429


def test_behind_a_proxy_addresses_come_from_x_forwarded_for(client, people, settings) -> None:
    from jixiao.store.models import LoginFailure

    settings.JIXIAO_BEHIND_PROXY = True
    client.post(
        "/login/", {"username": "nobody", "password": "x"}, HTTP_X_FORWARDED_FOR="1.2.3.4, 10.0.0.7"
    )
    assert LoginFailure.objects.get().address == "10.0.0.7"


def test_a_good_login_clears_earlier_failures(client, people) -> None:
    for _ in range(3):
        client.post("/login/", {"username": "filler", "password": "wrong"})
    response = client.post("/login/", {"username": "filler", "password": "pw-filler"})
    assert response.status_code == 302
    from jixiao.store.models import LoginFailure

    assert LoginFailure.objects.filter(username="filler").count() == 0


def test_csv_cells_cannot_start_a_formula(login, make_form) -> None:
    make_form(project=Project(name='=HYPERLINK("http://x")', unit="u"))
    text = login("filler").get("/forms/export.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text


def test_hostile_explanations_are_escaped_for_the_reviewer(login, make_form) -> None:
    record = make_form(example="seed-2021-zgc.json")
    ids = record.findings.filter(severity="error").values_list("pk", flat=True)
    login("filler").post(f"/forms/{record.pk}/submit/", {f"explain-{i}": HOSTILE for i in ids})
    html = login("dept_reviewer").get(f"/forms/{record.pk}/").content.decode()
    assert "说明：&lt;script&gt;" in html and "<script>alert" not in html
