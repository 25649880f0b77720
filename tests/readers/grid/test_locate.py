"""Where forms start: title rows, 项目名称 rows not under a waiting title."""

from __future__ import annotations

import pytest

from jixiao.readers.grid.locate import form_starts
from jixiao.readers.grid.sheet import Sheet

from .helpers import grid

T, N, X = "项目支出绩效自评表", "项目名称", "其他"


@pytest.mark.parametrize(
    ("rows", "starts"),
    [
        ([[T], ["（2021年度）"], [N], [X], [T], [N]], [0, 4]),
        ([[N], [X], [N], [X]], [0, 2]),
        ([[T], [N], [X], [N]], [0, 3]),
        ([[T, N], [X], [N]], [0, 2]),  # title and 项目名称 on one row
        ([[X], ["提高自评表填报质量的培训"], [X]], []),
        ([["附件：项目支出绩效自评表（2022年度）"], [N]], [0]),
    ],
)
def test_form_starts(rows: list[list[str]], starts: list[int]) -> None:
    assert form_starts(Sheet(grid(rows), 0)) == starts
