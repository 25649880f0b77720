"""The covering map and the text rules: wrapped lines joined, labels compared without spacing."""

from __future__ import annotations

import pytest

from jixiao.model.finding import Source
from jixiao.readers.grid.sheet import Sheet, label_key, value_text

from .helpers import LEFT as L
from .helpers import UP as U
from .helpers import grid


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("  \n ", None),
        ("支持投资机构、入驻企业、专业\n服务机构", "支持投资机构、入驻企业、专业服务机构"),
        ("完成 3\n5 家", "完成 3 5 家"),  # two digits across a wrap keep a space (Table contract)
        ("by\nday", "by day"),
        ("53.02%\n", "53.02%"),
        ("主管部⻔", "主管部门"),  # a CJK radical code point read back as the ideograph
    ],
)
def test_value_text(text: str, value: str | None) -> None:
    assert value_text(text) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("偏差原因分析及改进\n\n措施", "偏差原因分析及改进措施"),
        ("项目资金\n（万元）", "项目资金(万元)"),
        ("项目名称：", "项目名称:"),
        ("一 级 指 标", "一级指标"),
    ],
)
def test_label_key(text: str, key: str) -> None:
    assert label_key(text) == key


def test_covering_map_follows_row_and_column_merges() -> None:
    sheet = Sheet(grid([["a", L, "b"], [U, U, "c"], ["d", "", "e"]]), 0)
    covered = sheet.at(1, 1)
    assert covered is not None and covered.text == "a"
    assert sheet.starts_here(0, 1) and not sheet.starts_here(1, 0)
    assert [(s.col, s.end, s.top, s.cell.text) for s in sheet.slots(1)] == [
        (0, 2, False, "a"),
        (2, 3, True, "c"),
    ]
    assert [s.cell.text for s in sheet.slots(2)] == ["d", "e"]
    assert sheet.at(2, 1) is None
    assert covered.source == Source(cell="Sheet1!A1")
