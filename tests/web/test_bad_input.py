"""Malformed and hostile posts to the form page: a clear answer, never a server error."""

from __future__ import annotations

import pytest

from jixiao.web.fields import parse_number

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "data",
    [
        {"indicator_count": "-5"},
        {"indicator_count": "abc"},
        {"indicator_count": "100000000"},
        {"year": "3000"},
        {"year": "二〇二三"},
        {"funds.total.executed": "1e999999"},
        {"funds.total.executed": "NaN"},
        {"funds.total.executed": "Infinity"},
        {"indicators[0].score": "9" * 40},
        {"goals.actual": "长" * 100_000},
        {"indicators[999].score": "5"},
        {"total.score": "\x00\x01"},
        {},
    ],
)
def test_live_score_and_save_answer_every_post(login, make_form, data: dict[str, str]) -> None:
    record = make_form()
    client = login("filler")
    live = client.post(f"/forms/{record.pk}/score/", data)
    assert live.status_code == 200
    saved = client.post(f"/forms/{record.pk}/save/", {**data, "version": "1"})
    assert saved.status_code in (302, 400)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,467.62", "1467.62"),
        ("53.02%", "53.02"),
        (" 5 ", "5"),
        ("-", None),
        ("—", None),
        ("/", None),
        ("", None),
        ("无", None),
        ("95.20", "95.20"),
    ],
)
def test_parse_number(text: str, value: str | None) -> None:
    parsed = parse_number(text)
    assert (None if parsed is None else str(parsed)) == value


@pytest.mark.parametrize("text", ["abc", "1e999999", "NaN", "Infinity", "1" * 20, "十"])
def test_parse_number_refuses_with_a_chinese_message(text: str) -> None:
    with pytest.raises(ValueError, match="不是"):
        parse_number(text)


@pytest.mark.parametrize("version", ["", "abc", "-1", "99"])
def test_a_bad_version_is_a_conflict_not_a_crash(login, make_form, version: str) -> None:
    record = make_form()
    response = login("filler").post(f"/forms/{record.pk}/save/", {"version": version})
    assert response.status_code == 409


def test_text_too_long_is_refused_not_cut(login, make_form) -> None:
    record = make_form()
    response = login("filler").post(
        f"/forms/{record.pk}/save/", {"goals.actual": "长" * 5000, "version": "1"}
    )
    assert response.status_code == 400
    assert "内容过长（5000 字，上限 4000 字）" in response.content.decode()


def test_an_unknown_inbox_filter_is_ignored(login) -> None:
    response = login("dept_reviewer").get("/inbox/?status=<x>&year=abc&unit=zz&page=-1")
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("indicators[2].score", "第3行指标·得分"),
        ("indicators[0]", "第1行指标"),
        ("funds.total.executed", "年度资金总额·全年执行数"),
        ("goals.actual", "年度总体目标·实际完成情况"),
        ("project.name", "项目名称"),
        ("funds.extra_rows[0].initial", "funds.extra_rows[0].initial"),
    ],
)
def test_paths_read_in_the_words_of_the_form(path: str, label: str) -> None:
    from jixiao.web.layout import path_label

    assert path_label(path) == label
