"""Submit, return with a comment, fix, resubmit, approve: each step recorded; approved is frozen."""

from __future__ import annotations

import pytest

from jixiao.store.models import FormRecord, Transition

pytestmark = pytest.mark.django_db


def _status(record: FormRecord) -> str:
    return FormRecord.objects.get(pk=record.pk).status


def test_submit_is_refused_while_an_error_is_neither_fixed_nor_explained(login, make_form) -> None:
    record = make_form(example="seed-2021-zgc.json")  # two error findings (E1, E10)
    client = login("filler")
    page = client.get(f"/forms/{record.pk}/submit/").content.decode()
    assert "此表还有 2 个“错误”级问题" in page
    response = client.post(f"/forms/{record.pk}/submit/", {})
    assert "还有 2 个错误未修改也未说明，不能提交" in response.content.decode()
    assert _status(record) == "draft"
    ids = list(record.findings.filter(severity="error").values_list("pk", flat=True))
    client.post(f"/forms/{record.pk}/submit/", {f"explain-{ids[0]}": "按专家评审意见"})
    assert _status(record) == "draft"
    client.post(f"/forms/{record.pk}/submit/", {f"explain-{ids[1]}": "总分按原表"})
    assert _status(record) == "submitted"
    review_page = login("dept_reviewer").get(f"/forms/{record.pk}/").content.decode()
    assert "填报人对问题的说明" in review_page
    assert "说明：按专家评审意见" in review_page and "说明：总分按原表" in review_page
    assert list(record.findings.exclude(explanation="").values_list("explanation", flat=True))


def test_explanations_survive_a_resave_of_the_same_finding(login, make_form, post_of) -> None:
    from jixiao.store.forms import form_of

    record = make_form(example="seed-2021-zgc.json")
    client = login("filler")
    ids = list(record.findings.filter(severity="error").values_list("pk", flat=True))
    client.post(f"/forms/{record.pk}/submit/", {f"explain-{ids[0]}": "说明一"})
    data = post_of(form_of(record)) | {"version": "1"}
    client.post(f"/forms/{record.pk}/save/", data)
    assert record.findings.filter(explanation="说明一").count() == 1


def test_the_whole_round_trip_is_recorded(login, make_form, people) -> None:
    record = make_form()
    filler = login("filler")
    filler.post(f"/forms/{record.pk}/submit/", {})
    reviewer = login("dept_reviewer")
    refused = reviewer.post(
        f"/forms/{record.pk}/review/", {"action": "return", "comment": " "}, follow=True
    )
    assert "退回时请填写意见" in refused.content.decode()
    reviewer.post(f"/forms/{record.pk}/review/", {"action": "return", "comment": "请补充佐证"})
    assert _status(record) == "returned"
    login("filler").post(f"/forms/{record.pk}/submit/", {})
    reviewer = login("dept_reviewer")
    reviewer.post(f"/forms/{record.pk}/review/", {"action": "approve", "review_score": "92.5"})
    done = FormRecord.objects.get(pk=record.pk)
    assert done.status == "approved"
    assert str(done.review_score) == "92.5000" and str(done.self_score) == "100.0000"
    steps = [(t.source, t.target, t.by.username, t.comment) for t in Transition.objects.all()]
    assert steps == [
        ("draft", "submitted", "filler", ""),
        ("submitted", "returned", "dept_reviewer", "请补充佐证"),
        ("returned", "submitted", "filler", ""),
        ("submitted", "approved", "dept_reviewer", ""),
    ]


def test_an_approved_form_is_frozen(login, make_form, post_of) -> None:
    from jixiao.store.forms import form_of

    record = make_form()
    login("filler").post(f"/forms/{record.pk}/submit/", {})
    login("dept_reviewer").post(f"/forms/{record.pk}/review/", {"action": "approve"})
    client = login("filler")
    data = post_of(form_of(record)) | {"version": "1"}
    assert client.post(f"/forms/{record.pk}/save/", data).status_code == 403
    assert client.post(f"/forms/{record.pk}/score/", data).status_code == 403
    assert client.post(f"/forms/{record.pk}/submit/", {}).status_code == 403
    page = client.get(f"/forms/{record.pk}/").content.decode()
    assert 'name="funds.total.executed"' not in page and "已通过" in page


def test_a_submitted_form_cannot_be_edited_by_its_filler(login, make_form, post_of) -> None:
    from jixiao.store.forms import form_of

    record = make_form()
    client = login("filler")
    client.post(f"/forms/{record.pk}/submit/", {})
    data = post_of(form_of(record)) | {"version": "1"}
    assert client.post(f"/forms/{record.pk}/save/", data).status_code == 403


def test_inbox_lists_the_subtree_and_filters(login, make_form) -> None:
    clean = make_form()
    seed = make_form("other_filler", example="seed-2021-zgc.json")
    far = make_form("far_filler")
    for owner, r in (("filler", clean), ("far_filler", far)):
        login(owner).post(f"/forms/{r.pk}/submit/", {})
    for f in seed.findings.filter(severity="error"):
        f.explanation = "说明"
        f.save()
    login("other_filler").post(f"/forms/{seed.pk}/submit/", {})
    client = login("dept_reviewer")
    page = client.get("/inbox/").content.decode()
    assert "待审（2）" in page
    assert "中关村" in page and clean.project_name in page
    assert "E1（错误）、E10（错误）" in page  # the seed's errors, named in its row
    shown = {r.pk for r in client.get("/inbox/").context["page"]}
    assert shown == {clean.pk, seed.pk}  # the hospital belongs to another department
    assert {r.pk for r in client.get("/inbox/?finding=E10").context["page"]} == {seed.pk}
    unit = seed.unit_id
    assert {r.pk for r in client.get(f"/inbox/?unit={unit}").context["page"]} == {seed.pk}
    assert {r.pk for r in client.get("/inbox/?year=2023").context["page"]} == {clean.pk}
    bureau = {r.pk for r in login("bureau_reviewer").get("/inbox/").context["page"]}
    assert bureau == {clean.pk, seed.pk, far.pk}


def test_bulk_approve_skips_forms_with_findings(login, make_form) -> None:
    clean = make_form()
    seed = make_form("other_filler", example="seed-2021-zgc.json")
    login("filler").post(f"/forms/{clean.pk}/submit/", {})
    seed.findings.filter(severity="error").update(explanation="说明")
    login("other_filler").post(f"/forms/{seed.pk}/submit/", {})
    response = login("dept_reviewer").post(
        "/inbox/approve/", {"ids": [str(clean.pk), str(seed.pk)]}, follow=True
    )
    assert "批量通过 1 张；1 张" in response.content.decode()
    assert (_status(clean), _status(seed)) == ("approved", "submitted")


def test_history_shows_who_changed_what(login, make_form, post_of) -> None:
    from jixiao.store.forms import form_of

    record = make_form()
    client = login("filler")
    data = post_of(form_of(record)) | {"version": "1", "indicators[0].actual": "330人次"}
    client.post(f"/forms/{record.pk}/save/", data)
    page = client.get(f"/forms/{record.pk}/history/").content.decode()
    assert "第1行指标·实际完成值" in page
    assert "326人次" in page and "330人次" in page
    assert "filler" in page


def test_comments_on_a_row(login, make_form) -> None:
    record = make_form()
    login("filler").post(f"/forms/{record.pk}/submit/", {})
    client = login("dept_reviewer")
    client.post(f"/forms/{record.pk}/comment/", {"path": "indicators[2]", "text": "合格率口径？"})
    page = client.get(f"/forms/{record.pk}/").content.decode()
    assert "〔第3行指标〕：合格率口径？" in page
    row = page.split('id="row-ind-2"')[1].split("</tr>")[0]
    assert "<b>意见</b> dept_reviewer：合格率口径？" in row  # beside the row itself


def test_lists_show_scores_with_their_decimals_not_the_columns(login, make_form) -> None:
    make_form(example="seed-2021-zgc.json")
    html = login("filler").get("/forms/").content.decode()
    assert ">95.20<" in html and "95.2000" not in html
