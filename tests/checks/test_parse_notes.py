"""PARSE: cells the value parsers could not read become info findings on their cell."""

from dataclasses import replace

from jixiao.checks import parse_notes
from jixiao.model.finding import Severity

from .kit import evaluation, flat, form


def test_parse_errors_become_info_findings() -> None:
    ev = evaluation(form())
    rows = list(ev.rows)
    rows[0] = replace(rows[0], target_error="无法解析“≥100人次”：测试用错误")
    rows[2] = replace(rows[2], actual_error="数字不完整")
    found = list(parse_notes.check(replace(ev, rows=tuple(rows))))
    assert flat(found) == [
        ("PARSE.unreadable-value", "indicators[0].target"),
        ("PARSE.unreadable-value", "indicators[2].actual"),
    ]
    assert {f.severity for f in found} == {Severity.INFO}
    assert found[1].message.startswith("“就业率”的实际完成值无法识别（“85%”：数字不完整）")


def test_clean_rows_have_none() -> None:
    assert list(parse_notes.check(evaluation(form()))) == []
