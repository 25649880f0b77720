"""Glued indicator rows (no separators) are split by what each column can hold, or left unread."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text
from jixiao.readers.text.glued import split_total

HEAD = "项目支出绩效自评表项目名称测试项目主管部门测试局实施单位测试中心"
WEIGHT_FIRST = "一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
VALUES_FIRST = "一级指标二级指标三级指标年度 指标值实际 完成值分 值得 分偏差原因分析 及改进措施"


def rows(text: str) -> list[tuple[object, ...]]:
    [read] = read_form_text(HEAD + text)
    return [
        (i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score)
        for i in read.form.indicators
    ]


def glued_messages(text: str) -> list[str]:
    [read] = read_form_text(HEAD + text)
    return [f.message for f in read.findings if f.code == "READ.glued-cells"]


def test_weight_before_values_with_label_weight_inside_a_name() -> None:
    text = (
        WEIGHT_FIRST + "产出指标(70分)数量指标项目计划总投资1020万元20万元10"
        "满意度指标(10分)服务对象满意度指标受益户满意度10≥95%≥95%9总分100100"
    )
    assert rows(text) == [
        ("产出指标", "数量指标", "项目计划总投资", "20万元", "20万元", D(10), D(10)),
        ("满意度指标", "服务对象满意度指标", "受益户满意度", "≥95%", "≥95%", D(10), D(9)),
    ]


def test_two_rows_in_one_run_and_a_page_marker() -> None:
    text = VALUES_FIRST + "产出指标数量指标更新设备50件50件2020添置道具\n2、100件90件2018总分10098"
    assert rows(text) == [
        ("产出指标", "数量指标", "更新设备", "50件", "50件", D(20), D(20)),
        ("产出指标", "数量指标", "添置道具", "100件", "90件", D(20), D(18)),
    ]


def test_a_run_with_no_single_reading_is_left_unread_with_a_finding() -> None:
    # Two qualitative cells that differ: where 达标 ends and 基本完成 starts cannot be known.
    text = VALUES_FIRST + "产出指标质量指标设备质量达标基本完成2018总分10098"
    assert rows(text) == []
    assert any("设备质量达标基本完成2018" in m for m in glued_messages(text))


def test_a_name_ending_in_a_unit_cell_is_left_out() -> None:
    text = VALUES_FIRST + "产出指标成本指标演出设备成本件/件2万元2万元2018总分"
    assert rows(text) == [("产出指标", "成本指标", None, "2万元", "2万元", D(20), D(18))]


def test_placeholder_rows_of_the_template_are_skipped() -> None:
    text = VALUES_FIRST + "产出指标数量指标更新设备50件50件2020指标2:时效指标指标1:指标2:总分"
    assert rows(text) == [("产出指标", "数量指标", "更新设备", "50件", "50件", D(20), D(20))]


def test_glued_total() -> None:
    assert split_total("10098") == ("100", "98")
    assert split_total("100100") == ("100", "100")
    assert split_total("9098") is None
    assert split_total("100101") is None


SICHUAN_TAIL = (
    "产出指标数量指标发放率=100% 22.5 调整次数≤10次 22.5 时效指标到位率=100% 22.5 "
    "效益指标经济效益指标结余率(结余数/预算数)≤5% 22.5 合计100 评价结论及时。"
)


def test_headerless_sichuan_tail_with_spaced_weights() -> None:
    [read] = read_form_text(SICHUAN_TAIL)
    form = read.form
    assert [
        (i.level1, i.level2, i.name, i.nature, i.target, i.unit, i.weight) for i in form.indicators
    ] == [
        ("产出指标", "数量指标", "发放率", "=", "100", "%", D("22.5")),
        ("产出指标", "数量指标", "调整次数", "≤", "10", "次", D("22.5")),
        ("产出指标", "时效指标", "到位率", "=", "100", "%", D("22.5")),
        ("效益指标", "经济效益指标", "结余率(结余数/预算数)", "≤", "5", "%", D("22.5")),
    ]
    assert (form.total.weight, form.total.score) == (D(100), None)


def test_headerless_tail_whose_weights_do_not_make_the_block_is_not_read() -> None:
    # Three rows of 22.5 are not the 90-point 绩效指标 block: the shape is not trusted.
    text = SICHUAN_TAIL.replace("时效指标到位率=100% 22.5 ", "")
    [read] = read_form_text(text)
    assert read.form.indicators == ()


def _cell_lines(*cells: str) -> str:
    """A pipe row as a 决算 page prints it: each cell on its own indented lines, then '||||'."""
    return "|   " + "\n        | \n     ".join(cells) + "\n        | \n  ||||\n"


def test_headerless_pipe_rows_spread_over_lines() -> None:
    text = (
        _cell_lines("项目完成指标", "质量指标", "改善服务条件", "改善条件", "明显改善")
        + _cell_lines("项目完成指标", "时效指标", "2020年", "2020年", "2020年")
        + _cell_lines("效益指标", "社会效益指标", "养老服务需求", "有所提升", "服务提升")
        + _cell_lines("", "满意度指标", "服务对象满意度指标", "对象满意度", "≥90%", "98%")
        + "2.部门绩效评价结果。\n"
    )
    [read] = read_form_text(text)
    assert [(i.level1, i.level2, i.name, i.target, i.actual) for i in read.form.indicators] == [
        ("项目完成指标", "质量指标", "改善服务条件", "改善条件", "明显改善"),
        # '2020年' stands where the name belongs: the columns are shifted, only levels are kept.
        ("项目完成指标", "时效指标", None, None, None),
        ("效益指标", "社会效益指标", "养老服务需求", "有所提升", "服务提升"),
        ("满意度指标", "服务对象满意度指标", "对象满意度", "≥90%", "98%"),
    ]
    shifted = [f for f in read.findings if f.code == "READ.columns-shifted"]
    assert [f.path for f in shifted] == ["indicators[1]"]


def test_sichuan_pipe_tail_before_its_total_row() -> None:
    text = (
        "网络宣传知晓率 | = | 100 | % | 5 | ||||||\n"
        "成本指标 | 宣传成本预算 | ≤ | 101400 | 元 | 5 | |||||\n"
        "可持续影响指标 | 机制健全性 | 定性 | 优良中低差 | 10 | ||||||\n"
        "合计 | 100 | |||||||||\n评价结论 | 结合自评情况 | ||||\n"
        "部门预算项目支出绩效自评表(2023年度) | ||||\n项目名称 | 另一个项目 | ||||\n"
    )
    first = read_form_text(text)[0].form
    assert [(i.level2, i.name, i.nature, i.target, i.unit, i.weight) for i in first.indicators] == [
        (None, "网络宣传知晓率", "=", "100", "%", D(5)),
        ("成本指标", "宣传成本预算", "≤", "101400", "元", D(5)),
        ("可持续影响指标", "机制健全性", "定性", "优良中低差", None, D(10)),
    ]
    assert first.total.weight == D(100)


HUBEI = "一指二级指标三级指标年初目标值 (A)实际完成值 (B)得分"


def test_no_weight_column_names_that_end_in_their_target_and_a_cut_last_row() -> None:
    text = (
        HUBEI + "产出 指标数量指标成本控制不超过预算不超过预算10"
        "成本每年财政补助1000万元1000万元1000万元10时效1年1年1年10"
        "效益 指标经济效益医疗收入达到5亿元5亿元6.47亿元10可持续性院区建成后,可持续为周边"
    )
    assert rows(text) == [
        ("产出指标", "数量指标", "成本控制", "不超过预算", "不超过预算", None, D(10)),
        # The name ends with the target's words: where the name cell ends is not known.
        ("产出指标", "成本", None, "1000万元", "1000万元", None, D(10)),
        ("产出指标", "时效", None, "1年", "1年", None, D(10)),
        ("效益指标", "经济效益", None, "5亿元", "6.47亿元", None, D(10)),
    ]
    [read] = read_form_text(HEAD + text)
    assert any("可持续性院区" in f.message for f in read.findings if f.code == "READ.truncated-row")


def test_a_run_longer_than_rows_without_labels_hold_is_reported_not_split() -> None:
    text = VALUES_FIRST + "产出指标数量指标" + "设备50件50件2020" * 60 + "总分"
    assert rows(text) == []
    assert glued_messages(text)
