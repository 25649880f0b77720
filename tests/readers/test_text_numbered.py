"""Rows anchored by their "指标N:" names, placed by how many cells they hold."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

TITLE = "补助资金区域绩效目标自评表\n专项名称\n补助资金\n"


def indicators(text: str) -> list[tuple[object, ...]]:
    [read] = read_form_text(text)
    return [
        (i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score)
        for i in read.form.indicators
    ]


def test_cell_per_line_rows_with_a_weight_and_no_score_column() -> None:
    cells = [
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50",
        "产出指标", "质量指标",
        "指标1:人员培训", "已完成", "已完成", "5",
        "指标2:案件查办率", "100%", "100%", "4",
        "时效指标",
        "指标1:完成时间", "2021年12月31日", "2021年12月31日", "5",
        "效益指标", "社会效益指标", "指标1:公众素养", "逐步",
    ]  # fmt: skip
    text = TITLE + "\n\n".join(cells)
    assert indicators(text) == [
        ("产出指标", "质量指标", "指标1:人员培训", "已完成", "已完成", D(5), None),
        ("产出指标", "质量指标", "指标2:案件查办率", "100%", "100%", D(4), None),
        ("产出指标", "时效指标", "指标1:完成时间", "2021年12月31日", "2021年12月31日", D(5), None),
    ]  # the last row was cut by the end of the text: left out


def test_space_rows_with_empty_values_and_an_unnumbered_row_after_a_label() -> None:
    text = TITLE + (
        "一级\n指标\n二级指标 三级指标 指标值 完成值\n"
        "数量指标 指标1.抽验品种 ≥3 4\n指标2.抽验批次 ≥3 7\n"
        "指标3.处置率\n时效指标 任务完成时间 2021年底 2021年底\n"
        "成本指标 指标1.培训成本 400元/人 180元/人\n总分\n"
    )
    assert indicators(text) == [
        (None, "数量指标", "指标1.抽验品种", "≥3", "4", None, None),
        (None, "数量指标", "指标2.抽验批次", "≥3", "7", None, None),
        (None, "数量指标", "指标3.处置率", None, None, None, None),
        (None, "时效指标", "任务完成时间", "2021年底", "2021年底", None, None),
        (None, "成本指标", "指标1.培训成本", "400元/人", "180元/人", None, None),
    ]


def test_a_row_whose_cells_do_not_fit_the_columns_is_left_out() -> None:
    text = TITLE + (
        "一级 指标 二级指标 三级指标 年度 实际 指标值 完成值 分值 得分 "
        "指标1:建档 38508人 指标2:讲座 12次 96次 1 1 指标3:接种率 100.00% 97.30% 2 1.9 "
        "指标4:签约率 14例 14例 2 2 24694人 22584人 2 1.7"
    )
    [read] = read_form_text(text)
    rows = [(i.name, i.target, i.actual, i.weight, i.score) for i in read.form.indicators]
    assert rows == [
        ("指标2:讲座", "12次", "96次", D(1), D(1)),
        ("指标3:接种率", "100.00%", "97.30%", D(2), D("1.9")),
    ]
    shifted = [f.message for f in read.findings if f.code == "READ.columns-shifted"]
    assert any("指标1:建档" in m for m in shifted) and any("指标4:签约率" in m for m in shifted)


def test_two_rows_whose_names_came_out_together_share_the_cells_after_them() -> None:
    text = TITLE + (
        "一级 指标 二级指标 三级指标 年度 实际 指标值 完成值 分值 得分 "
        "指标1:讲座 12次 96次 1 1 指标4:接种证 221人 221人 2 2 "
        "指标2:事件报告 数 指标3:签约率 14例 14例 2 2 24694人 22584人 2 1.7"
    )
    [read] = read_form_text(text)
    rows = [(i.name, i.target, i.actual, i.weight, i.score) for i in read.form.indicators]
    assert rows == [
        ("指标1:讲座", "12次", "96次", D(1), D(1)),
        ("指标4:接种证", "221人", "221人", D(2), D(2)),
        ("指标2:事件报告数", "14例", "14例", D(2), D(2)),
        ("指标3:签约率", "24694人", "22584人", D(2), D("1.7")),
    ]
