"""The JSON API: token or session auth, the same permissions as the pages, an OpenAPI document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import get_resolver

from jixiao.store.models import FormRecord
from jixiao.store.tokens import issue

pytestmark = pytest.mark.django_db
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _bearer(user) -> Client:  # type: ignore[no-untyped-def]
    return Client(enforce_csrf_checks=True, HTTP_AUTHORIZATION=f"Bearer {issue(user)}")


def test_a_token_lists_reads_creates_and_submits(people) -> None:
    api = _bearer(people["filler"])
    upload = SimpleUploadedFile("clean.json", (EXAMPLES / "clean-2023.json").read_bytes())
    created = api.post("/api/v1/forms", {"file": upload})
    assert created.status_code == 201
    form = created.json()["forms"][0]
    assert form["status"] == "draft" and form["computed_score"] == 100.0
    assert form["form"]["funds"]["total"]["executed"] == 28.0
    listed = api.get("/api/v1/forms").json()["forms"]
    assert [f["id"] for f in listed] == [form["id"]]
    detail = api.get(f"/api/v1/forms/{form['id']}").json()
    assert detail["computed"]["total"]["score"] == 100.0 and detail["findings"] == []
    submitted = api.post(f"/api/v1/forms/{form['id']}/submit", "{}", "application/json")
    assert submitted.json()["status"] == "submitted"


def test_numbers_keep_their_printed_digits(people, make_form) -> None:
    record = make_form(example="seed-2021-zgc.json")
    text = _bearer(people["filler"]).get(f"/api/v1/forms/{record.pk}").content.decode()
    assert '"score": 95.20' in text and '"executed": 1467.62' in text


def test_review_returns_and_approves_with_a_rescore(people, make_form) -> None:
    record = make_form()
    _bearer(people["filler"]).post(f"/api/v1/forms/{record.pk}/submit", "", "application/json")
    reviewer = _bearer(people["dept_reviewer"])
    url = f"/api/v1/forms/{record.pk}/review"
    refused = reviewer.post(url, json.dumps({"action": "return"}), "application/json")
    assert refused.status_code == 409 and refused.json()["error"] == "退回时请填写意见"
    done = reviewer.post(
        url, json.dumps({"action": "approve", "review_score": 97.5}), "application/json"
    ).json()
    assert done["status"] == "approved" and done["review_score"] == 97.5
    assert done["self_score"] == 100.0


def test_submit_with_unexplained_errors_is_a_conflict_with_a_message(people, make_form) -> None:
    record = make_form(example="seed-2021-zgc.json")
    api = _bearer(people["filler"])
    response = api.post(f"/api/v1/forms/{record.pk}/submit", "{}", "application/json")
    assert response.status_code == 409 and "不能提交" in response.json()["error"]
    ids = [
        f["id"]
        for f in api.get(f"/api/v1/forms/{record.pk}").json()["findings"]
        if f["severity"] == "error"
    ]
    body = json.dumps({"explanations": {str(i): "已核实" for i in ids}})
    assert (
        api.post(f"/api/v1/forms/{record.pk}/submit", body, "application/json").status_code == 200
    )


def test_check_scores_a_posted_form_without_saving(people) -> None:
    body = (EXAMPLES / "trip" / "E1-score-above-weight.json").read_bytes()
    response = _bearer(people["filler"]).post("/api/v1/check", body, "application/json")
    assert response.status_code == 200
    assert "E1.score-above-weight" in {f["code"] for f in response.json()["findings"]}
    assert FormRecord.objects.count() == 0


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "message"),
    [
        ("post", "/api/v1/check", b"{not json", 422, "不是有效的 jixiao.form/1 JSON"),
        ("post", "/api/v1/forms", b"", 400, "字段名为 file"),
        ("delete", "/api/v1/forms", b"", 405, "不支持 DELETE 方法"),
        ("get", "/api/v1/forms/999999", b"", 404, "没有这张表"),
    ],
)
def test_bad_requests_are_json_errors_in_chinese(
    people, method: str, path: str, body: bytes, status: int, message: str
) -> None:
    api = _bearer(people["filler"])
    response = getattr(api, method)(path, body, content_type="application/json")
    assert response.status_code == status
    assert message in response.json()["error"]


def test_a_bad_token_or_none_is_401(people) -> None:
    bad = Client(HTTP_AUTHORIZATION="Bearer jx_nope")
    assert bad.get("/api/v1/forms").status_code == 401
    assert Client().get("/api/v1/forms").json()["error"].startswith("请先登录")


def test_a_new_token_retires_the_old_one(people) -> None:
    old = issue(people["filler"])
    issue(people["filler"])
    assert Client(HTTP_AUTHORIZATION=f"Bearer {old}").get("/api/v1/forms").status_code == 401


def test_session_writes_need_the_csrf_token(people, make_form) -> None:
    record = make_form()
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["filler"])
    response = client.post(f"/api/v1/forms/{record.pk}/submit", "{}", "application/json")
    assert response.status_code == 403
    assert client.get(f"/api/v1/forms/{record.pk}").status_code == 200


def test_the_token_page_shows_a_new_key_once(login) -> None:
    client = login("filler")
    key = client.post("/token/").context["key"]
    assert key.startswith("jx_")
    assert key not in client.get("/token/").content.decode()
    assert Client(HTTP_AUTHORIZATION=f"Bearer {key}").get("/api/v1/forms").status_code == 200


def test_openapi_describes_every_api_route() -> None:
    doc = Client().get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    routes = {
        "/" + str(p.pattern).replace("<int:pk>", "{id}")
        for p in get_resolver().url_patterns
        if str(p.pattern).startswith("api/v1/") and "openapi" not in str(p.pattern)
    }
    assert routes == set(doc["paths"])
    assert "Form" in doc["components"]["schemas"]
    form = doc["components"]["schemas"]["Form"]
    assert "indicators" in form["properties"]
    refs = json.dumps(doc).count('"$ref"')
    schemas = doc["components"]["schemas"]
    for ref in {r.split("/")[-1] for r in _refs(doc)}:
        assert ref in schemas, ref
    assert refs > 10


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []
