"""Any grid of label-like strings and merges reads without an exception (never a traceback)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.model.finding import Source
from jixiao.readers.grid import read_tables
from jixiao.readers.grid.table import Cell, Table

WORDS = [
    "",
    "项目支出绩效自评表",
    "（2021年度）",
    "项目名称",
    "项目负责人及电话",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "其他资金",
    "预期目标",
    "实际完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "产出指标(50分)",
    "数量指标",
    "总分",
    "自评等级",
    "优",
    "12.5",
    "53.02%",
    "-",
    "无",
    "abc",
]

cells = st.one_of(
    st.none(),
    st.builds(
        lambda text, rs, cs: Cell(text, Source(cell="S!A1"), rs, cs),
        st.sampled_from(WORDS),
        st.integers(0, 4),
        st.integers(0, 4),
    ),
)
rows = st.lists(st.lists(cells, max_size=8).map(tuple), max_size=14).map(tuple)
tables = st.lists(
    st.builds(lambda r, p: Table(r, "t", p), rows, st.sampled_from([(), (1,), (2,), (5,)])),
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(tables)
def test_any_grid_reads_without_an_exception(given_tables: list[Table]) -> None:
    for read in read_tables(given_tables):
        assert read.form.schema_ == "jixiao.form/1"


def test_overlapping_merges_cost_no_more_than_the_table() -> None:
    import time

    width, height = 60, 400
    cell = Cell("项目名称", Source(cell="S!A1"), height, width)
    rows = tuple(tuple(cell for _ in range(width)) for _ in range(height))
    start = time.perf_counter()
    read_tables([Table(rows, "S")])
    assert time.perf_counter() - start < 5
