"""The form page: the official layout, live scoring as the user types, draft saving with locking."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def _calc(html: str, key: str) -> str:
    match = re.search(rf'<div id="calc-{key}"[^>]*>([^<]*)</div>', html)
    assert match, f"no calc-{key} in response"
    return match.group(1)


def test_page_shows_inputs_named_by_model_path_and_the_rule_scores(login, make_form) -> None:
    record = make_form()
    html = login("filler").get(f"/forms/{record.pk}/").content.decode()
    assert 'name="funds.total.executed"' in html
    assert 'name="indicators[0].score"' in html
    assert _calc(html, "total") == "100.00"
    assert _calc(html, "funds-rate") == "100.00"


def test_live_score_follows_what_is_typed_without_saving(login, make_form, post_of) -> None:
    record = make_form()
    client = login("filler")
    data = post_of(record_form(record))
    data["funds.total.executed"] = "14"  # half of the 28 budgeted: execution score 5 of 10
    response = client.post(f"/forms/{record.pk}/score/", data, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert _calc(html, "funds-rate") == "50.00"
    assert _calc(html, "funds-score") == "5.00"
    assert 'hx-swap-oob="true"' in html
    # The reported rate 100 now disagrees with the computed 50: the finding shows on the funds row.
    funds = re.search(r'<div id="find-funds-total"[^>]*>(.*?)</div>', html, re.S)
    assert funds and "E4" in funds.group(1)
    record.refresh_from_db()
    assert record.version == 1 and '"executed": 28.0' in record.form_json


def test_a_number_that_is_not_a_number_is_a_finding_beside_its_row(
    login, make_form, post_of
) -> None:
    record = make_form()
    data = post_of(record_form(record)) | {"indicators[1].score": "十分"}
    html = login("filler").post(f"/forms/{record.pk}/score/", data).content.decode()
    row = re.search(r'<div id="find-ind-1"[^>]*>(.*?)</div>', html, re.S)
    assert row and "「十分」不是数字" in row.group(1)


def test_save_keeps_a_new_version_and_rechecks(login, make_form, post_of) -> None:
    record = make_form()
    data = post_of(record_form(record)) | {"indicators[0].score": "20", "version": "1"}
    response = login("filler").post(f"/forms/{record.pk}/save/", data)
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.version == 2
    assert record.findings.filter(code="E1.score-above-weight", path="indicators[0].score").exists()
    assert record.history.count() == 2


def test_the_second_saver_is_told_and_keeps_what_they_typed(login, make_form, post_of) -> None:
    record = make_form()
    client = login("filler")
    base = post_of(record_form(record))
    first = client.post(
        f"/forms/{record.pk}/save/", base | {"goals.actual": "甲的修改", "version": "1"}
    )
    assert first.status_code == 302
    second = client.post(
        f"/forms/{record.pk}/save/", base | {"goals.actual": "乙的修改", "version": "1"}
    )
    html = second.content.decode()
    assert second.status_code == 409
    assert "保存失败：此表已被" in html
    assert "乙的修改" in html  # nothing the second user typed is lost
    assert 'name="version" value="2"' in html  # saving again now overwrites knowingly
    record.refresh_from_db()
    assert "甲的修改" in record.form_json and record.version == 2


def test_bad_input_is_not_saved_and_stays_on_the_page(login, make_form, post_of) -> None:
    record = make_form()
    data = post_of(record_form(record)) | {"funds.total.executed": "abc", "version": "1"}
    response = login("filler").post(f"/forms/{record.pk}/save/", data)
    assert response.status_code == 400
    assert 'value="abc"' in response.content.decode()
    record.refresh_from_db()
    assert record.version == 1


def test_rows_are_added_and_removed(login, make_form, post_of) -> None:
    record = make_form()
    client = login("filler")
    count = len(record_form(record).indicators)
    data = post_of(record_form(record)) | {"version": "1", "action": "add_row"}
    client.post(f"/forms/{record.pk}/save/", data)
    record.refresh_from_db()
    assert len(record_form(record).indicators) == count + 1
    data = post_of(record_form(record)) | {"version": "2", "action": "remove:0"}
    client.post(f"/forms/{record.pk}/save/", data)
    record.refresh_from_db()
    assert len(record_form(record).indicators) == count


def record_form(record):  # type: ignore[no-untyped-def]
    from jixiao.store.forms import form_of

    return form_of(record)


def test_qualitative_and_deadline_rows_show_their_band(login, make_form) -> None:
    record = make_form(example="seed-2021-zgc.json")
    html = login("filler").get(f"/forms/{record.pk}/").content.decode()
    assert _calc(html, "ind-3") == "15.00（12.00–15.00）"  # qualitative
    assert _calc(html, "ind-8") == "1.80（0.00–1.59）"  # deadline missed
    assert _calc(html, "ind-15") == "15.00"  # a formula row: one number
    assert _calc(html, "ind-1") == "不计分"
    clean = make_form()
    page = login("filler").get(f"/forms/{clean.pk}/").content.decode()
    assert _calc(page, "ind-3") == "5.00"  # a deadline met: one number, no band of one point
