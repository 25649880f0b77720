"""Inputs that hold no form, or a form we must refuse: each gives one clear Chinese message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jixiao.model.form import Form, Project
from jixiao.model.jsonio import form_to_json
from jixiao.readers import UnreadableInput, read_path, read_text

SMALL_FORM = (
    "项目支出绩效自评表\n（2022年度）\n项目名称 测试项目\n主管部门 测试局 实施单位 测试中心\n"
    "项目资金（万元）\n年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
    "年度资金总额 10.00 10.00 9.00 10 90.00% 9.00\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
    "产出指标 数量指标 培训人数 ≥100人 120人 90 90\n总分 100 99.00\n"
)


def message_of(path: Path) -> str:
    with pytest.raises(UnreadableInput) as caught:
        read_path(path)
    return caught.value.message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    assert message_of(path) == "空文件"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 50,
        "项目名称".encode() + b"\x01\x02\x03\x04\x05\x06" * 20,
    ],
)
def test_binary_garbage(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(data)
    assert message_of(path) == "不是文本（二进制内容）"


def test_gb18030_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(SMALL_FORM.encode("gb18030"))
    [read] = read_path(path)
    assert read.form.project.name == "测试项目"
    assert str(read.form.total.score) == "99.00"


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL_FORM.encode())
    assert read_path(path)[0].form.title == "项目支出绩效自评表"


def test_text_that_is_no_form() -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_text("今天天气很好，我们去公园散步。\n明天再说。\n")
    assert caught.value.message == "未找到绩效自评表"


def test_empty_text() -> None:
    with pytest.raises(UnreadableInput):
        read_text("")


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ('{"schema": "jixiao.form/1", "year": "二〇二一年"}', "year"),
        ('{"schema": "jixiao.form/1", "total": {"weight": "很多"}}', "total.weight"),
        ('{"schema": "jixiao.form/2"}', "schema"),
        ('{"schema": "jixiao.form/1", "colour": "red"}', "colour"),
        ('{"schema": "jixiao.form/1", "indicators": [{"name": 5}]}', "indicators[0].name"),
        ('{"title": "没有 schema"}', "schema"),
        ('[{"schema": "jixiao.form/1"}, {"schema": "jixiao.form/1", "kind": "x"}]', "[1].kind"),
    ],
)
def test_json_that_breaks_the_contract(data: str, where: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_text(data)
    assert caught.value.message.startswith("JSON 不符合 jixiao.form/1：")
    assert f"{where}:" in caught.value.message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ('{"schema": "jixiao.form/1", "year": "二〇二一年"}', "year: 应为整数"),
        ('{"schema": "jixiao.form/1", "colour": 1}', "colour: 不允许的字段"),
        ('{"schema": "jixiao.form/1", "total": {"weight": "很多"}}', "total.weight: 应为数字"),
        ('{"title": "x"}', "schema: 缺少字段"),
    ],
)
def test_json_problems_are_said_in_chinese(data: str, message: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_text(data)
    assert caught.value.message == f"JSON 不符合 jixiao.form/1：{message}"


def test_json_form_round_trip(tmp_path: Path) -> None:
    form = Form(title="项目支出绩效自评表", year=2021, project=Project(name="测试"))
    path = tmp_path / "form.json"
    path.write_text(form_to_json(form), encoding="utf-8")
    [read] = read_path(path)
    assert read.form == form
    assert read.findings == ()
    assert read.label is None


def test_json_list_gives_several_forms() -> None:
    one = form_to_json(Form(project=Project(name="甲")))
    two = form_to_json(Form(project=Project(name="乙")))
    reads = read_text(f"[{one}, {two}]")
    assert [(r.form.project.name, r.label) for r in reads] == [("甲", "第1张表"), ("乙", "第2张表")]


def test_json_keeps_printed_decimals() -> None:
    [read] = read_text('{"schema": "jixiao.form/1", "total": {"weight": 100, "score": 95.20}}')
    assert str(read.form.total.score) == "95.20"


def test_long_noise_does_not_hang() -> None:
    tokens = ["15", "-", "无", "2.7", "产出指标", "数量指标", "政策调整，", "≥90%", "|"]
    text = "项目名称 噪声\n" + " ".join(tokens[i * 7 % len(tokens)] for i in range(6000))
    start = time.perf_counter()
    read_text(text)
    assert time.perf_counter() - start < 2


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(SMALL_FORM.encode("utf-16"))
    assert read_path(path)[0].form.project.name == "测试项目"
