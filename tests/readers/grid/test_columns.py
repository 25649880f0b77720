"""Column roles from header rows: first matching pattern wins, explanations are not columns."""

from __future__ import annotations

import pytest

from jixiao.readers.grid.columns import funds_columns, indicator_columns
from jixiao.readers.grid.sheet import Sheet, Slot

from .helpers import grid


def _slots(row: list[str]) -> list[Slot]:
    return Sheet(grid([row]), 0).slots(0)


@pytest.mark.parametrize(
    ("row", "roles"),
    [
        (
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
                "偏差原因分析及改进措施",
            ],
            {
                "level1": 0,
                "level2": 1,
                "name": 2,
                "target": 3,
                "actual": 4,
                "weight": 5,
                "score": 6,
                "deviation": 7,
            },
        ),
        (
            [
                "三级指标",
                "分值",
                "年度指标值(A)",
                "全年实际值(B)",
                "得分计算方法",
                "得分",
                "未完成原因分析",
            ],
            {"name": 0, "weight": 1, "target": 2, "actual": 3, "score": 5, "deviation": 6},
        ),
        (
            [
                "三级指标",
                "指标分值",
                "预期指标值",
                "单项指标实际完成值",
                "单项指标完成情况",
                "自评得分",
            ],
            {"name": 0, "weight": 1, "target": 2, "actual": 3, "score": 5},
        ),
        (
            ["三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "自评分"],
            {"name": 0, "nature": 1, "target": 2, "unit": 3, "actual": 4, "weight": 5, "score": 6},
        ),
        (["年度资金总额", "分值", "得分"], None),
    ],
)
def test_indicator_columns(row: list[str], roles: dict[str, int] | None) -> None:
    assert indicator_columns(_slots(row)) == roles


@pytest.mark.parametrize(
    ("row", "roles"),
    [
        (
            [
                "项目资金（万元）",
                "年初预算数",
                "全年预算数",
                "全年执行数",
                "分值",
                "执行率",
                "得分",
            ],
            {"initial": 1, "adjusted": 2, "executed": 3, "weight": 4, "rate": 5, "score": 6},
        ),
        (
            [
                "预算执行情况(万元)(20分)",
                "预算数(A)",
                "执行数(B)",
                "执行率(B/A)",
                "得分 (20分*执行率)",
            ],
            {"adjusted": 1, "executed": 2, "rate": 3, "score": 4},
        ),
        (["三级指标", "分值", "得分"], None),
    ],
)
def test_funds_columns(row: list[str], roles: dict[str, int] | None) -> None:
    assert funds_columns(_slots(row)) == roles
