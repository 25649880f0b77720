"""Goal cells: template instructions and interleaved columns are not read as goals."""

from __future__ import annotations

from jixiao.readers.text import read_form_text

HEAD = "项目支出绩效自评表\n项目名称 测试项目\n"


def goals(body: str) -> tuple[str | None, str | None]:
    [read] = read_form_text(HEAD + body + "\n绩效指标\n")
    return read.form.goals.expected, read.form.goals.actual


def test_template_instruction_is_not_the_actual_goal() -> None:
    instruction = "对照年度目标,说明相关任务目标的完成情况(100字以内)"
    text = f"项目年度目标\n年度目标完成情况\n完成道路养护\n{instruction}"
    assert goals(text) == ("完成道路养护", None)


def test_both_columns_alternating_line_by_line_are_split_apart() -> None:
    cells = "目标1:排查整治。\n目标1:排查整治。\n目标2:打击违法。\n目标2:打击违法。"
    both = "目标1:排查整治。目标2:打击违法。"
    assert goals(f"预期目标\n目标实际完成情况\n20\n{cells}") == (both, both)


def test_columns_interleaved_inside_lines_are_left_out() -> None:
    line = "1.坚持提高站位把握正向,深入宣传贯彻法治思想,切实抓好重点法律普及"
    text = f"预期目标\n实际完成情况\n{line}{line}\n2.加强督查巡查和走访"
    assert goals(text)[0] is None


def test_glued_goals_split_where_the_actual_repeats_the_expected_end() -> None:
    text = (
        "年度总体目标年初设定目标年度总体目标完成情况综述对供水设施进行改进,对用水计量,"
        "为生产夯实基础,对用水计量,为生产夯实基础,绩效指标一级指标"
    )
    assert goals(text) == (
        "对供水设施进行改进,对用水计量,为生产夯实基础,",
        "对用水计量,为生产夯实基础,",
    )


def test_glued_goals_split_before_a_completion_wording_and_a_page_marker() -> None:
    text = "年度 总体 目标预期目标实际完成情况更新老化的音响设\n2、备, 并添置演出设备。已完成"
    text += "绩 效 指 标"
    assert goals(text) == ("更新老化的音响设备,并添置演出设备。", "已完成")


def test_glued_goals_without_a_visible_boundary_are_not_read() -> None:
    text = "年度总体目标预期目标实际完成情况通过规范使用专项资金实现科学管理按照年初目标完成外包"
    text += "绩效指标"
    assert goals(text) == (None, None)


def test_a_dot_leader_between_the_cells_is_not_goal_text() -> None:
    text = (
        "年度总体目标 预期目标 实际完成情况 本项目共申请预算资金2026400元,其中组织运转400000元。 "
        ".. ................................ 本项目共完成预算资金1329120.67元,其中运转439120.67元。"
    )
    assert goals(text) == (
        "本项目共申请预算资金2026400元,其中组织运转400000元。",
        "本项目共完成预算资金1329120.67元,其中运转439120.67元。",
    )


def test_hebei_goals_beside_a_completion_rate_column() -> None:
    # 034's lines: 年度预期目标 | 具体完成情况 | 总体完成率(%), under a numbered section heading.
    text = (
        "三、目标完成情况 年度预期目标 具体完成情况 总体完成率(%)\n"
        "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。 "
        "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。 100.00\n"
        "为全县共享改革开放成果,促进社会稳定文明和谐 为全县共享改革开放成果,促进社会稳定文明和谐\n"
        "四、年度绩效指标完成情况 一级指标 二级指标 三级指标"
    )
    both = (
        "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。"
        "为全县共享改革开放成果,促进社会稳定文明和谐"
    )
    assert goals(text) == (both, both)
