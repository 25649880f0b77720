"""The permission matrix: every role × every form endpoint × own / other organisation.

A form a user may not see is 404 — the same answer as an ID that does not exist — so guessing IDs
of other organisations' forms reveals nothing (no IDOR). Visible but not allowed is 403.
"""

from __future__ import annotations

import json

import pytest

from jixiao.store.models import FormRecord, Status

pytestmark = pytest.mark.django_db

OK, DENIED, HIDDEN, LOGIN = "ok", 403, 404, "login"

# endpoint: (method, path, data); API endpoints take JSON bodies
ENDPOINTS = {
    "page": ("get", "/forms/{pk}/", {}),
    "history": ("get", "/forms/{pk}/history/", {}),
    "score": ("post", "/forms/{pk}/score/", {"goals.actual": "x"}),
    "save": ("post", "/forms/{pk}/save/", {"version": "1"}),
    "submit_page": ("get", "/forms/{pk}/submit/", {}),
    "submit": ("post", "/forms/{pk}/submit/", {}),
    "review": ("post", "/forms/{pk}/review/", {"action": "approve"}),
    "comment": ("post", "/forms/{pk}/comment/", {"text": "意见"}),
    "evidence": ("post", "/forms/{pk}/evidence/", {"row": "0"}),
    "export": ("get", "/forms/{pk}/export.xlsx", {}),
    "api_read": ("get", "/api/v1/forms/{pk}", {}),
    "api_submit": ("post", "/api/v1/forms/{pk}/submit", {}),
    "api_review": ("post", "/api/v1/forms/{pk}/review", {"action": "approve"}),
}
EDIT = {
    "evidence",
    "export",
    "page",
    "history",
    "score",
    "save",
    "submit_page",
    "submit",
    "comment",
    "api_read",
    "api_submit",
}
READ = {"page", "history", "api_read", "export"}
REVIEW = {"page", "history", "review", "comment", "api_read", "api_review", "export"}

# persona → (endpoints allowed on a draft of 市一中, endpoints allowed once it is submitted);
# None = the form is hidden from this persona (404 everywhere).
MATRIX: dict[str, tuple[set[str], set[str]] | None] = {
    "filler": (EDIT, READ),
    "other_filler": None,  # a sibling unit
    "far_filler": None,  # a unit of another department
    "dept_reviewer": (READ, REVIEW),
    "other_dept_reviewer": None,
    "bureau_reviewer": (READ, REVIEW),
    "admin": (READ, READ),
}
CASES = [
    (persona, status, endpoint)
    for persona in MATRIX
    for status in ("draft", "submitted")
    for endpoint in ENDPOINTS
]


def _expected(persona: str, status: str, endpoint: str) -> object:
    row = MATRIX[persona]
    if row is None:
        return HIDDEN
    allowed = row[0] if status == "draft" else row[1]
    return OK if endpoint in allowed else DENIED


def _call(client, pk: int, endpoint: str):  # type: ignore[no-untyped-def]
    method, path, data = ENDPOINTS[endpoint]
    url = path.format(pk=pk)
    if url.startswith("/api/") and method == "post":
        return client.post(url, json.dumps(data), content_type="application/json")
    return getattr(client, method)(url, data)


def _outcome(response) -> object:  # type: ignore[no-untyped-def]
    if response.status_code in (403, 404):
        return response.status_code
    if response.status_code == 401 or (
        response.status_code == 302 and "/login/" in response["Location"]
    ):
        return LOGIN
    assert response.status_code in (200, 302, 409, 400), response.status_code
    return OK


@pytest.mark.parametrize(("persona", "status", "endpoint"), CASES)
def test_matrix(login, make_form, persona: str, status: str, endpoint: str) -> None:
    record = make_form()
    if status == "submitted":
        FormRecord.objects.filter(pk=record.pk).update(status=Status.SUBMITTED)
    assert _outcome(_call(login(persona), record.pk, endpoint)) == _expected(
        persona, status, endpoint
    )


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_anonymous_users_are_sent_to_login(client, make_form, endpoint: str) -> None:
    record = make_form()
    assert _outcome(_call(client, record.pk, endpoint)) == LOGIN


@pytest.mark.parametrize("persona", MATRIX)
def test_guessed_ids_are_not_found_like_other_units_forms(login, make_form, persona: str) -> None:
    mine = make_form()
    client = login(persona)
    for guess in (mine.pk + 1, mine.pk + 1000, 0, 999999999):
        for endpoint in ENDPOINTS:
            assert _outcome(_call(client, guess, endpoint)) == HIDDEN


def test_lists_show_only_what_a_persona_may_see(login, make_form) -> None:
    mine = make_form()
    sibling = make_form("other_filler")
    far = make_form("far_filler")
    FormRecord.objects.update(status=Status.SUBMITTED)
    csv_of = {
        p: login(p).get("/forms/export.csv").content.decode("utf-8-sig")
        for p in ("filler", "dept_reviewer", "other_dept_reviewer", "bureau_reviewer")
    }

    def ids(text: str) -> set[int]:
        return {int(line.split(",")[0]) for line in text.splitlines()[1:]}

    assert ids(csv_of["filler"]) == {mine.pk}
    assert ids(csv_of["dept_reviewer"]) == {mine.pk, sibling.pk}
    assert ids(csv_of["other_dept_reviewer"]) == {far.pk}
    assert ids(csv_of["bureau_reviewer"]) == {mine.pk, sibling.pk, far.pk}
    listed = {r.pk for r in login("filler").get("/forms/").context["forms"]}
    assert listed == {mine.pk}


def test_copy_and_bulk_approve_cannot_reach_other_units(login, make_form) -> None:
    far = make_form("far_filler")
    FormRecord.objects.filter(pk=far.pk).update(status=Status.SUBMITTED)
    login("dept_reviewer").post("/inbox/approve/", {"ids": [str(far.pk)]})
    assert FormRecord.objects.get(pk=far.pk).status == Status.SUBMITTED
    assert login("filler").post("/forms/copy/", {"source": str(far.pk)}).status_code == 404


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [("admin", True), ("filler", False), ("dept_reviewer", False), ("bureau_reviewer", False)],
)
def test_only_administrators_reach_djangos_admin(login, persona: str, allowed: bool) -> None:
    # The role alone decides: no persona has Django's is_staff or is_superuser flag.
    client = login(persona)
    for path in ("/admin/", "/admin/store/user/", "/admin/store/organisation/add/"):
        assert (client.get(path).status_code == 200) is allowed, path


def test_an_administrator_adds_a_user_with_organisation_and_role(login, orgs) -> None:
    from jixiao.store.models import User

    client = login("admin")
    response = client.post(
        "/admin/store/user/add/",
        {
            "username": "new_filler",
            "password1": "Xk7!long-pass",
            "password2": "Xk7!long-pass",
            "usable_password": "true",
            "organisation": orgs["school2"].pk,
            "role": "filler",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    made = User.objects.get(username="new_filler")
    assert (made.organisation, made.role) == (orgs["school2"], "filler")
    assert client.post(f"/admin/store/user/{made.pk}/delete/", {"post": "yes"}).status_code == 403
