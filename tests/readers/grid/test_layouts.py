"""Template variants as Tables: Beijing, Sichuan, Anhui, 元 funds, weights in labels, placement."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.model.finding import Source
from jixiao.model.form import Form
from jixiao.readers.grid import read_tables
from jixiao.readers.grid.table import Table

from .helpers import LEFT as L
from .helpers import UP as U
from .helpers import grid

D = Decimal


def one(*tables: Table) -> Form:
    (read,) = read_tables(list(tables))
    return read.form


SICHUAN = [
    ["2022年度项目支出绩效自评表", L, L, L, L, L, L, L, L, L, L],
    ["项目名称", "乡道养护", L, L, L, L, L, L, L, L, L],
    ["主管部门", "某县交通运输局", L, L, L, "实施单位", "某县公路事务中心", L, L, L, L],
    [
        "项目资金（万元）",
        "",
        "年初预算数",
        "调整后预算数",
        "全年执行数",
        "权重",
        "执行率",
        "得分",
        "原因",
        L,
        L,
    ],
    [U, "年度资金总额", "200", "180.5", "90.25", "10", "50%", "5", "工程延期", L, L],
    [U, "其中：财政资金", "200", "180.5", "90.25", "", "50%", "", "", L, L],
    [U, "上年结转资金", "", "", "", "", "", "", "", L, L],
    [U, "其他资金", "", "", "", "", "", "", "", L, L],
    ["年度总体目标", "年初设定目标", L, L, L, "年度总体目标完成情况综述", L, L, L, L, L],
    [U, "养护乡道30公里", L, L, L, "养护乡道\n28公里", L, L, L, L, L],
    [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "年度指标值",
        "度量单位",
        "全年实际值",
        "权重",
        "得分",
        "偏差原因分析及改进措施",
    ],
    [U, "产出指标", "数量指标", "养护里程", "≥", "30", "公里", "28", "50", "46", "雨季停工"],
    [U, U, "时效指标", "完工时间", "≤", "12", "月", "12", "40", "40", ""],
    [U, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "95", "10", "10", ""],
    ["总分", L, L, L, L, L, L, L, "100", "96", ""],
]


def test_sichuan_columns_nature_unit_weight_and_reason() -> None:
    form = one(grid(SICHUAN))
    assert (form.title, form.year) == ("项目支出绩效自评表", 2022)
    assert form.project.name == "乡道养护"
    assert form.project.department == "某县交通运输局"
    assert form.project.unit == "某县公路事务中心"
    total = form.funds.total
    assert (total.initial, total.adjusted, total.executed) == (D("200"), D("180.5"), D("90.25"))
    assert (total.weight, total.rate, total.score) == (D("10"), D("50"), D("5"))
    assert total.reason == "工程延期"
    assert form.funds.appropriation.label == "其中：财政资金"
    assert form.funds.appropriation.adjusted == D("180.5")
    assert form.funds.appropriation.weight is None
    assert form.goals.expected == "养护乡道30公里"
    assert form.goals.actual == "养护乡道28公里"
    first = form.indicators[0]
    assert (first.level1, first.level2, first.name) == ("产出指标", "数量指标", "养护里程")
    assert (first.nature, first.target, first.unit, first.actual) == ("≥", "30", "公里", "28")
    assert (first.weight, first.score, first.deviation) == (D("50"), D("46"), "雨季停工")
    assert form.indicators[1].level1 == "产出指标"  # merged 一级指标 covers the row below
    assert form.indicators[1].deviation is None
    assert form.indicators[2].level2 == "服务对象满意度指标"
    assert len(form.indicators) == 3
    assert (form.total.weight, form.total.score) == (D("100"), D("96"))
    assert form.sources["total.score"] == Source(cell="Sheet1!J15")


ANHUI = [
    ["项目支出绩效目标自评表", L, L, L, L, L, L, L],
    ["（2021年度）", L, L, L, L, L, L, L],
    ["项目名称", "村级道路硬化", L, L, "项目负责人及电话", "李四 0551-12345678", L, L],
    ["主管部门", "某镇人民政府", L, L, "实施单位", "某镇农业服务中心", L, L],
    [
        "项目资金（万元）",
        "",
        "年初预算数",
        "全年预算数(A)",
        "全年执行数(B)",
        "分值",
        "执行率(B/A)",
        "得分",
    ],
    [U, "年度资金总额", "50", "50", "50", "10", "100.00%", "10"],
    [U, "其中：当年财政拨款", "50", "50", "50", "—", "100.00%", "—"],
    [U, "上年结转资金", "", "", "", "", "", ""],
    [U, "其他资金", "", "", "", "", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "年度指标值(A)",
        "实际完成值(B)",
        "得分",
        "未完成原因和改进措施",
    ],
    ["产出指标(50分)", "数量指标", "硬化道路长度", "50", "2公里", "2公里", "50", ""],
    [
        "效益指标(40分)",
        "社会效益指标",
        "通行条件改善",
        "40",
        "明显改善",
        "明显改善",
        "38",
        "部分路段待验收",
    ],
    ["总分", L, L, "100", "", "", "98", ""],
]


def test_anhui_weight_before_target_and_labels_with_weights() -> None:
    form = one(grid(ANHUI))
    assert (form.title, form.year) == ("项目支出绩效目标自评表", 2021)
    assert (form.project.leader, form.project.phone) == ("李四", "0551-12345678")
    assert form.sources["project.phone"] == Source(cell="Sheet1!F3")
    assert form.funds.total.rate == D("100.00")
    assert form.funds.appropriation.weight is None
    first = form.indicators[0]
    assert (first.level1, first.weight, first.target, first.actual) == (
        "产出指标",
        D("50"),
        "2公里",
        "2公里",
    )
    assert form.indicators[1].deviation == "部分路段待验收"
    assert form.level1_weights == {"产出指标": D("50"), "效益指标": D("40")}
    assert form.sources["level1_weights.效益指标"] == Source(cell="Sheet1!A12")
    assert (form.total.weight, form.total.score) == (D("100"), D("98"))


BEIJING_YUAN = [
    ["项目支出绩效自评表", L, L, L, L, L, L],
    ["项目名称", "社区图书角", L, L, L, L, L],
    ["主管部门", "某区文化和旅游局", L, "实施单位", "某区图书馆", L, L],
    ["项目负责人", "王五", L, "联系电话", "66661234", L, L],
    ["项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "120,000.00", "120,000.00", "96,000.00", "10", "80%", "8"],
    ["其中：当年财政拨款", "100,000.00", "100,000.00", "80,000.00", "", "80%", ""],
    ["上年结转资金", "20,000.00", "20,000.00", "16,000.00", "", "80%", ""],
    ["其他资金", "", "", "", "", "", ""],
    ["单位资金", "5,000.00", "5,000.00", "5,000.00", "", "100%", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "新增图书", "≥2000册", "2100册", "90", "90"],
    ["总分", L, L, L, L, "100", "98"],
]


def test_beijing_header_and_yuan_funds_kept_as_printed() -> None:
    form = one(grid(BEIJING_YUAN))
    assert form.year is None
    assert (form.project.leader, form.project.phone) == ("王五", "66661234")
    assert form.funds.unit == "元"
    assert form.sources["funds.unit"] == Source(cell="Sheet1!A5")
    assert form.funds.total.initial == D("120000.00")
    assert form.funds.carryover.executed == D("16000.00")
    (extra,) = form.funds.extra_rows
    assert (extra.label, extra.executed, extra.rate) == ("单位资金", D("5000.00"), D("100"))
    assert form.sources["funds.extra_rows[0].executed"] == Source(cell="Sheet1!D10")
    assert form.indicators[0].target == "≥2000册"


def test_a_form_not_starting_at_a1() -> None:
    form = one(grid(BEIJING_YUAN, origin=(5, 2)))
    assert form.project.name == "社区图书角"
    assert form.sources["project.name"] == Source(cell="Sheet1!D7")
    assert form.funds.total.executed == D("96000.00")
    assert form.total.score == D("98")


def test_two_forms_in_one_table_each_with_its_own_values() -> None:
    reads = read_tables([grid([*BEIJING_YUAN, ["", "", "", "", "", "", ""], *BEIJING_YUAN[1:]])])
    assert [r.label for r in reads] == ["第1张表（Sheet1）", "第2张表（Sheet1）"]
    second = reads[1].form
    assert second.title is None
    assert second.project.name == "社区图书角"
    assert second.sources["project.name"] == Source(cell="Sheet1!B15")
    assert second.total.score == D("98")
    assert reads[0].form.total.score == D("98")


def test_a_form_split_over_two_pages_is_stitched() -> None:
    page1 = grid(SICHUAN[:12], "表1", page=3)
    # The next page repeats the indicator header with one column fewer (no 指标性质).
    page2 = grid(
        [
            [
                "",
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "度量单位",
                "全年实际值",
                "权重",
                "得分",
                "原因",
            ],
            ["", "", "时效指标", "完工时间", "12", "月", "12", "40", "40", ""],
            ["", "满意度指标", "服务对象满意度指标", "群众满意度", "90", "%", "95", "10", "10", ""],
            ["总分", L, L, L, L, L, L, "100", "96", ""],
        ],
        "表2",
        page=4,
    )
    (read,) = read_tables([page1, page2])
    assert read.label == "第3–4页"
    form = read.form
    assert [i.name for i in form.indicators] == ["养护里程", "完工时间", "群众满意度"]
    assert form.indicators[1].level1 == "产出指标"  # carried over the page break
    assert form.indicators[1].weight == D("40")
    assert form.sources["indicators[1].weight"] == Source(page=4, cell="表2!H2")
    assert form.total.score == D("96")
    assert not any(f.code == "READ.truncated" for f in read.findings)


def test_a_table_that_is_not_a_form_is_ignored() -> None:
    other = grid([["序号", "单位", "金额"], ["1", "某局", "100"]], "附表")
    assert read_tables([other]) == []
    (read,) = read_tables([other, grid(ANHUI)])
    assert read.form.project.name == "村级道路硬化"


def test_a_later_unrelated_table_does_not_continue_a_cut_form() -> None:
    cut = grid(SICHUAN[:12])
    (read,) = read_tables([cut, grid([["序号", "产出指标"], ["1", "2"]], "附表")])
    assert len(read.form.indicators) == 1
    assert any(f.code == "READ.truncated" for f in read.findings)


def test_a_value_that_is_not_a_number_is_none_with_a_finding_at_its_cell() -> None:
    rows = [list(r) for r in ANHUI]
    rows[10] = [
        "产出指标(50分)",
        "数量指标",
        "硬化道路长度",
        "五十分左右",
        "2公里",
        "2公里",
        "50",
        "",
    ]
    read = read_tables([grid(rows)])[0]
    assert read.form.indicators[0].weight is None
    (finding,) = [f for f in read.findings if f.code == "READ.not-a-number"]
    assert finding.path == "indicators[0].weight"
    assert finding.source == Source(cell="Sheet1!D11")
    assert "Sheet1!D11" in finding.message


def test_a_row_cut_by_the_page_break_is_joined_to_the_row_above() -> None:
    page1 = grid(
        [
            *SICHUAN[:11],
            [
                U,
                "产出指标",
                "数量指标",
                "养护里程（乡道",
                "≥",
                "30",
                "公里",
                "28",
                "50",
                "46",
                "雨季",
            ],
        ],
        "p1",
        page=1,
    )
    page2 = grid(
        [
            ["", "", "", "及村道）", "", "", "", "", "", "", "停工"],
            ["", "", "时效指标", "完工时间", "≤", "12", "月", "12", "50", "50", ""],
            ["总分", L, L, L, L, L, L, L, "100", "96", ""],
        ],
        "p2",
        page=2,
    )
    form = one(page1, page2)
    assert [i.name for i in form.indicators] == ["养护里程（乡道及村道）", "完工时间"]
    assert form.indicators[0].deviation == "雨季停工"
    assert form.indicators[0].weight == D("50")
    assert form.indicators[1].level1 == "产出指标"


def test_grade_printed_beside_the_total_and_notes_under_it() -> None:
    rows = [list(r) for r in ANHUI]
    rows[-1] = ["总分", L, L, "100", "", "", "98", "自评等级：优"]
    rows.append(["注：1.一级指标分值统一设置。\n2.得分不超过分值。", L, L, L, L, L, L, L])
    form = one(grid(rows))
    assert form.grade == "优"
    assert form.sources["grade"] == Source(cell="Sheet1!H13")
    assert form.notes == ("1.一级指标分值统一设置。2.得分不超过分值。",)
    assert len(form.indicators) == 2


SICHUAN_GOALS = [
    ["部门预算项目支出绩效自评表(2023年度)", L, L, L],
    ["项目名称：河道清淤", L, L, L],
    ["主管部门", "某县水利局", "实施单位(盖章)", "某县河道站"],
    ["项目年度目标", L, "年度目标完成情况", L],
    ["完成清淤，提高自评表填报质量", L, "", L],
    ["一级指标", "二级指标", "三级指标", "权重"],
    ["产出指标", "数量指标", "清淤长度", "100"],
    ["合计", L, L, "100"],
]


def test_sichuan_goal_labels_remarks_and_a_label_with_its_value() -> None:
    form = one(grid(SICHUAN_GOALS))
    assert (form.title, form.year) == ("部门预算项目支出绩效自评表", 2023)
    assert form.project.name == "河道清淤"
    assert form.project.unit == "某县河道站"  # '(盖章)' is a remark on the label
    # A goal sentence that mentions 自评表 does not start another form.
    assert form.goals.expected == "完成清淤，提高自评表填报质量"
    assert form.goals.actual is None
    assert form.indicators[0].weight == D("100")
    assert form.total.weight == D("100")
    assert form.total.score is None


def test_level_labels_printed_as_rows_across_the_table() -> None:
    rows = [
        ["项目名称", "图书采购", L, L, L],
        ["主管部门", "某区教育局", "实施单位", "某中学", L],
        ["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标（60分）", L, L, L, L],
        ["数量指标", L, L, L, L],
        ["采购册数", "500册", "520册", "60", "60"],
        ["满意度指标（40分）", L, L, L, L],
        ["师生满意度", "≥90%", "93%", "40", "40"],
        ["总分", L, L, "100", "100"],
    ]
    form = one(grid(rows))
    assert [(i.level1, i.level2, i.name) for i in form.indicators] == [
        ("产出指标", "数量指标", "采购册数"),
        ("满意度指标", None, "师生满意度"),
    ]
    assert form.level1_weights == {"产出指标": D("60"), "满意度指标": D("40")}


def test_a_list_with_a_project_name_column_is_not_a_form() -> None:
    listing = grid([["序号", "项目名称", "金额"], ["1", "图书采购", "20"]])
    assert read_tables([listing]) == []


def test_header_fields_below_the_funds_block_are_not_funds_rows() -> None:
    rows = [list(r) for r in BEIJING_YUAN]
    rows.insert(10, ["项目负责人", "赵六", L, "联系电话", "13800000000", L, L])
    rows[3] = ["项目编码", "110000230001", L, L, L, L, L]
    rows[11] = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标分值", "得分"]
    form = one(grid(rows))
    assert (form.project.leader, form.project.phone) == ("赵六", "13800000000")
    assert form.project.code == "110000230001"
    assert [r.label for r in form.funds.extra_rows] == ["单位资金"]
    assert form.indicators[0].weight == D("90")


def test_a_page_with_fewer_columns_is_stitched_by_x_position() -> None:
    edges = [40.0 + 60 * i for i in range(12)]
    page1 = grid(SICHUAN[:12], page=7, edges=edges)
    # The next page draws no 绩效指标 column and repeats no header: every column number shifts.
    # Its 一级指标 cell is blank, as pdfplumber gives the rest of a merge cut by the page.
    page2 = grid(
        [
            [" ", "时效指标", "完工时间", "≤", "12", "月", "11", "40", "38", "提前"],
            ["总分", L, L, L, L, L, L, "100", "94", ""],
        ],
        page=8,
        edges=edges[1:],
    )
    form = one(page1, page2)
    second = form.indicators[1]
    assert (second.level1, second.level2, second.name) == ("产出指标", "时效指标", "完工时间")
    assert (second.nature, second.target, second.unit, second.actual) == ("≤", "12", "月", "11")
    assert (second.weight, second.score, second.deviation) == (D("40"), D("38"), "提前")
    assert form.sources["indicators[1].score"] == Source(page=8, cell="580.0,0,640.0,20")
    assert (form.total.weight, form.total.score) == (D("100"), D("94"))


@pytest.mark.parametrize(
    ("title", "expected", "year"),
    [
        ("附件1：项目支出绩效自评表", "项目支出绩效自评表", None),
        ("1、项目支出绩效自评表（2020 年度）", "项目支出绩效自评表", 2020),
        ("2021年度财政项目支出绩效自评表", "财政项目支出绩效自评表", 2021),
        ("部门整体支出绩效自评表", "部门整体支出绩效自评表", None),
        ("项目支出绩效自评表\n填报单位：某镇人民政府", "项目支出绩效自评表", None),
    ],
)
def test_title_and_year_variants(title: str, expected: str, year: int | None) -> None:
    rows = [list(r) for r in ANHUI]
    rows[0] = [title, L, L, L, L, L, L, L]
    rows[1] = ["", "", "", "", "", "", "", ""]
    form = one(grid(rows))
    assert (form.title, form.year) == (expected, year)
    assert form.kind == ("department" if "部门整体" in title else "project")


def test_yuan_printed_over_the_table() -> None:
    rows = [list(r) for r in BEIJING_YUAN]
    rows[4][0] = "项目资金"
    rows.insert(1, ["", "", "", "", "", "金额单位：元", L])
    form = one(grid(rows))
    assert form.funds.unit == "元"
    assert form.sources["funds.unit"] == Source(cell="Sheet1!F2")
    assert (
        one(
            grid([r if i != 4 else ["项目资金", *r[1:]] for i, r in enumerate(BEIJING_YUAN)])
        ).funds.unit
        == "万元"
    )


def test_header_labels_with_their_values_in_one_cell() -> None:
    rows = [list(r) for r in ANHUI]
    rows[2] = ["项目名称：村级 道路硬化", L, L, L, "项目负责人及电话：李四 0551-12345678", L, L, L]
    rows[3] = ["主管部门：某镇人民政府  实施单位（盖章）：某镇农业服务中心", L, L, L, L, L, L, L]
    project = one(grid(rows)).project
    assert project.name == "村级 道路硬化"
    assert (project.leader, project.phone) == ("李四", "0551-12345678")
    assert (project.department, project.unit) == ("某镇人民政府", "某镇农业服务中心")


def test_a_label_broken_over_lines_still_names_its_field() -> None:
    rows = [list(r) for r in ANHUI]
    rows[3] = ["主管部\n门", "某镇人民政府", L, L, "实施\n单位", "某镇农业服务中心", L, L]
    project = one(grid(rows)).project
    assert (project.department, project.unit) == ("某镇人民政府", "某镇农业服务中心")


def test_funds_total_printed_as_a_sum_row() -> None:
    rows = [list(r) for r in BEIJING_YUAN]
    rows[5][0] = "合计"
    form = one(grid(rows))
    assert (form.funds.total.label, form.funds.total.executed) == ("合计", D("96000.00"))
    assert form.funds.extra_rows[0].label == "单位资金"
