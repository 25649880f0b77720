"""Header reading rules, on real corpus lines (excerpts of ../shared/corpus/dev, quoted inline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.readers import read_path
from jixiao.readers.text.header import Header, read_header
from jixiao.readers.text.lines import fragments

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev"


def header_of(*lines: str) -> Header:
    return read_header(fragments(list(lines)))


def test_title_is_the_last_one_before_the_name_label_not_a_report_named_in_prose() -> None:
    # 014: a report's prose names three reports before the form's own title.
    header = header_of(
        "现将中央非物质文化遗产保护专项资金转移支付2021年度绩效自评报告、国家文物保护专项转移支付"
        "2021年度绩效自评报告公开如下:推广工作,中央非物质文化遗产保护资金转移支付绩效目标自评表"
        "(2021年度)转移支付(项目)名称非物质文化遗产保护资金中央主管部门文化和旅游部地方主管部门"
        "资金使用单位资金情况(万元)"
    )
    assert header.title == "中央非物质文化遗产保护资金转移支付绩效目标自评表"
    assert header.fields["name"] == "非物质文化遗产保护资金"


def test_a_signature_date_glued_before_the_title_is_not_part_of_it() -> None:
    # 024: an attachment's name, then the signature (unit and date), then the form's title.
    header = header_of(
        "附件:2022年财政衔接资金实施项目绩效自评表中江县水利局2022年12月30日绩效目标自评表"
        "(2022年度)项目名称中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装"
        "项目负责人及电话谢凯13990260322(办公)主管部门中江县水利局"
    )
    assert (header.title, header.year) == ("绩效目标自评表", 2022)


def test_a_page_number_before_the_title_is_dropped() -> None:
    # 008: the publishing site stripped the year's digits but left the page number '1/1'.
    header = header_of("1/1年学生资助项目绩效目标自评表填报日期:总分:分项目名称湖北工程学院")
    assert header.title == "年学生资助项目绩效目标自评表"


def test_a_rubric_title_and_its_evaluated_project_as_the_name() -> None:
    # 019: 评分细则 is the title; 评价项目 names the project when no 项目名称 is printed.
    header = header_of(
        "2018年度贵港市港南区八塘街道绩效自评评分表.xls",
        "港南区八塘街道2018年耕地地力保护补贴项目专项支出绩效评分细则 "
        "评价单位:港南区八塘街道办事处 评价项目:2018年耕地地力保护补贴 评价人员: 目标名称 分值",
    )
    assert header.title == "港南区八塘街道2018年耕地地力保护补贴项目专项支出绩效评分细则"
    assert header.fields["name"] == "2018年耕地地力保护补贴"
    assert "unit" not in header.fields  # 评价单位 is the evaluator, not the project's unit


def test_a_data_sheet_unit_from_its_filler_label_ends_before_the_figures_unit() -> None:
    # 036: 填报单位 is the only unit printed; '单位:元' is the unit of the sheet's figures.
    header = header_of(
        "1、部门整体支出绩效评价基础数据表填报单位:浏阳市市政园林维护中心单位:元财政供养人员情况"
        "编制数2021年实际在职人数控制率555192.73%"
    )
    assert header.fields["unit"] == "浏阳市市政园林维护中心"


def test_the_filler_label_never_overrides_the_projects_own_unit() -> None:
    header = header_of(
        "填报单位:邵阳市疾病预防控制中心填报日期:2022年9月18日基本情况项目名称重大公共卫生服务"
        "项目主要内容预防和控制新冠。项目单位市疾病预防控制中心主管部门市卫生与健康委员会"
    )
    assert header.fields["unit"] == "市疾病预防控制中心"
    assert header.fields["name"] == "重大公共卫生服务"


@pytest.mark.skipif(not (CORPUS / "041.txt").exists(), reason="shared corpus not present")
def test_traditional_questionnaire_header_keeps_its_printed_characters() -> None:
    # 041: 項目屬性 and 項目主要內容 end the values glued before them.
    [read] = read_path(CORPUS / "041.txt")
    form = read.form
    assert form.title == "2021年項目績效自評報告表"
    assert form.project.name == "重大公共衛生服務及重大傳染病防治"
    assert form.project.leader == "朱鵬程"


def test_a_label_glued_to_the_title_takes_the_next_cell_and_a_year_field() -> None:
    # 035: the report's title, the form's title and 项目名称 in one cell; 项目年份 is the year.
    header = header_of(
        "1、苏州市级财政支出项目绩效自评价报告苏州市级财政支出项目绩效自评表项目名称 市管绿地养护 "
        "项目年份 2017项目主管部门(单位) 苏州市园林和绿化管理局年初预算数当年使用上年结余"
    )
    assert header.title == "苏州市级财政支出项目绩效自评表"
    assert header.year == 2017
    assert header.fields["name"] == "市管绿地养护"
    assert header.fields["department"] == "苏州市园林和绿化管理局"


def test_a_provinces_department_of_a_transfer_form_is_not_the_forms() -> None:
    # 038: 中央主管部门 and 省级主管部门 name the ministry and the province's department.
    header = header_of(
        "食品监管补助资金区域绩效目标自评表",
        "专项名称",
        "食品监管补助资金",
        "中央主管部门",
        "市场监管总局",
        "自评得分",
        "省级财政部门",
        "四川省财政厅",
        "省级主管部门",
        "四川省市场监管局",
    )
    assert header.fields["name"] == "食品监管补助资金"
    assert "department" not in header.fields
