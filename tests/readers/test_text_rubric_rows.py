"""A numbered rubric pipe table: rows from 序号, levels from the weighted labels."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

TEXT = """2023年度部门整体支出绩效评价自评表
单位 | |||||||
序号 | 一级 指标 |
二级 指标 |
三级 指标 |
指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |
1 | 规划 (15分) |
基础信息 (3分) | 基础信息 完整性 | 3 | 信息是否真实、完整。 | 1、基础数据信息是否真实
3 |
2 | 工作计划 (6分) | 年度工作 计划完整性 | 3 | 计划是否完整。 | 是否完整可行(3分) | 3 | |
3 | 年度工作 计划明确性 | 3 | 计划是否明确。 | 是否明确可操作(3分) | 3 | ||
4 | 执行 (35分) |
预算执行 (18分) | 预算执行率 | 5 | 执行数与预算数的比率。
"""


def test_numbered_rows_with_weighted_level_labels() -> None:
    [read] = read_form_text(TEXT)
    form = read.form
    rows = [(i.level1, i.level2, i.name, i.weight, i.score) for i in form.indicators]
    assert rows == [
        ("规划", "基础信息", "基础信息完整性", D(3), D(3)),
        ("规划", "工作计划", "年度工作计划完整性", D(3), D(3)),
        # The score '3' and the next 序号 '3': the score comes first.
        ("规划", "工作计划", "年度工作计划明确性", D(3), D(3)),
        ("执行", "预算执行", "预算执行率", D(5), None),
    ]
    assert form.level1_weights == {"规划": D(15), "执行": D(35)}
