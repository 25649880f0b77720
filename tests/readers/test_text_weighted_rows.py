"""Spaced cells in glued rows, anchored by 权重 and 自评分; 一级指标 from the section weights."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

TEXT = (
    "苏州市级财政支出项目绩效自评表项目名称 测试养护 "
    "项目 类别 指标名称 目标值 权重 实际完成 值 自评分"
    "资金使用合规性 合规 14 好 14预算执行率 95% 14 =\n3、98% 13"
    "项目绩效实现情况(80 分)投入目标(28 分)"
    "保洁 及时,整 洁 20 及时,整 洁 20产出目标(20 分)整体景观效果 提升 2 提升 2生态效益 提"
)


def test_rows_levels_by_section_weight_and_a_cut_last_row() -> None:
    [read] = read_form_text(TEXT)
    form = read.form
    rows = [(i.level1, i.name, i.target, i.actual, i.weight, i.score) for i in form.indicators]
    assert rows == [
        ("投入目标", "资金使用合规性", "合规", "好", D(14), D(14)),
        # '=' and '98%' split by the page marker '3、' are one cell.
        ("投入目标", "预算执行率", "95%", "=98%", D(14), D(13)),
        ("产出目标", "保洁", "及时,整洁", "及时,整洁", D(20), D(20)),
        (None, "整体景观效果", "提升", "提升", D(2), D(2)),
        (None, "生态效益", None, None, None, None),  # cut inside its target: the name only
    ]
    assert form.level1_weights == {"投入目标": D(28), "产出目标": D(20)}
