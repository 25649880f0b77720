"""Each layout family on a small form of our own: what is read, and what is reported instead."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers import read_text
from jixiao.readers.base import NONSTANDARD_CODE, ReadForm

D = Decimal

STREAM = """
项目支出绩效自评表
（2022年度）
项目名称 社区养老服务补助项目
主管部门 某某区民政局 实施单位 某某区养老服务中心
项目负责人 王小明 联系电话 12345678
项目资金（万元）
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 200.00 180.00 162.00 10 90.00% 9.00
其中:当年财政拨款 200.00 180.00 162.00 - 90.00% -
上年结转资金
其他资金
年
度
总
体
目
标
预期目标 实际完成情况
为辖区老年人提供助餐、助浴和日间照料服务，提升社区养老服
务能力。
基本完成年度目标
绩
效
指
标
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
偏差原因分析及改进
措施
产出指标
数量指标
助餐服务人次 ≥5000人次 6200人次 20 20
日间照料中心
新建或改造社区日间照料中心
不少于3个
2个 20 13.3
受场地限制，一个中心延
期至次年建成
质量指标
服务合格率 ≥95% 98% 10 10
效益指标 社会效益指标
老年人生活便利程度 有所提升 明显提升 30 30
满意度指标
服务对象满意度指
标
老年人满意度 ≥90% 96% 10 10
总分 100 92.30
"""


def flat(read: ReadForm) -> list[tuple[str, str]]:
    return [(f.code, f.path) for f in read.findings]


def codes(read: ReadForm) -> set[str]:
    return {f.code for f in read.findings}


def test_stream_layout_header_funds_goals() -> None:
    [read] = read_text(STREAM)
    form = read.form
    assert flat(read) == []
    assert (form.title, form.year) == ("项目支出绩效自评表", 2022)
    assert form.project.unit == "某某区养老服务中心"
    assert (form.project.leader, form.project.phone) == ("王小明", "12345678")
    assert form.funds.total.executed == D("162.00")
    assert (form.funds.total.rate, form.funds.total.score) == (D("90.00"), D("9.00"))
    assert form.funds.appropriation.weight is None
    assert form.goals.expected == "为辖区老年人提供助餐、助浴和日间照料服务，提升社区养老服务能力。"
    assert form.goals.actual == "基本完成年度目标"


def test_stream_layout_rows() -> None:
    form = read_text(STREAM)[0].form
    got = [
        (i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.deviation)
        for i in form.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "助餐服务人次", "≥5000人次", "6200人次", D(20), D(20), None),
        (
            "产出指标",
            "数量指标",
            "日间照料中心",
            "新建或改造社区日间照料中心不少于3个",
            "2个",
            D(20),
            D("13.3"),
            "受场地限制，一个中心延期至次年建成",
        ),
        ("产出指标", "质量指标", "服务合格率", "≥95%", "98%", D(10), D(10), None),
        (
            "效益指标",
            "社会效益指标",
            "老年人生活便利程度",
            "有所提升",
            "明显提升",
            D(30),
            D(30),
            None,
        ),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "96%", D(10), D(10), None),
    ]
    assert (form.total.weight, form.total.score) == (D(100), D("92.30"))
    assert form.sources["indicators[1].deviation"].line == 37


PIPE = """绩效目标自评表 | ||||
(2023年度) | ||||
项目名称 | 测试村道路维修项目 | 项目负责人及电话 | 张三0551-1234567 | ||
主管部门 | 县交通运输局 | 实施单位 | 某某镇人民政府 | ||
资金情况 (万元) |
全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | ||
年度资金总额: | 50 | 45 | 10 | 90% | 9 | ||
其中:本年财政拨款 | 50 | 45 | ||
其他资金 | - | - | ||
绩效指标 | 一级 指标 |
二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 ||
产 出 指 标 (50分) |
数量指标 | 维修道路长度 | 30 | 5公里 | 5公里 | 30 | ||
质量指标 | 验收合格率 | 20 | 100% | 100% | 20 | ||
效 益 指 标 (40分) |
社会效益 指标 |
群众出行便利度 | 40 | 明显改善 | 明显改善 | 38 | ||
总分 | 100 | 97 | ||
"""


def test_pipe_table_anhui_grid() -> None:
    [read] = read_text(PIPE)
    form = read.form
    assert flat(read) == []
    assert (form.project.leader, form.project.phone) == ("张三", "0551-1234567")
    total = form.funds.total
    assert (total.initial, total.adjusted, total.executed) == (None, D(50), D(45))
    assert (total.weight, total.rate, total.score) == (D(10), D(90), D(9))
    appropriation = form.funds.appropriation
    assert (appropriation.adjusted, appropriation.executed) == (D(50), D(45))
    assert form.level1_weights == {"产出指标": D(50), "效益指标": D(40)}
    got = [(i.level2, i.name, i.target, i.actual, i.weight, i.score) for i in form.indicators]
    assert got == [
        ("数量指标", "维修道路长度", "5公里", "5公里", D(30), D(30)),
        ("质量指标", "验收合格率", "100%", "100%", D(20), D(20)),
        ("社会效益指标", "群众出行便利度", "明显改善", "明显改善", D(40), D(38)),
    ]
    assert (form.total.weight, form.total.score) == (D(100), D(97))


def test_pipe_row_with_missing_cells_is_not_guessed() -> None:
    text = PIPE.replace("验收合格率 | 20 | 100% | 100% | 20 |", "验收合格率 | 100% | 20 |")
    [read] = read_text(text)
    row = read.form.indicators[1]
    assert row.name == "验收合格率"
    assert (row.actual, row.weight, row.score) == (None, None, None)
    assert ("READ.columns-shifted", "indicators[1]") in flat(read)
    assert read.findings[0].source is not None and read.findings[0].source.line == 14


SICHUAN_CELL_TEXT = """部门预算项目支出绩效自评表(2023年度)
项目名称
51000000T0001-测试工作经费
主管部门
测试局
实施单位 (盖章)
测试中心
预算执行情况(10分)
年度预算数(万元)
年初预算
调整后预算数
预算执行数
预算执行率
权重
得分
原因
总额
100.00
120.00
108.00
90.00%
10
9

其中:财政资金
100.00
120.00
108.00
90.00%
/
/
财政专户管理资金
0.00
0.00
0.00
0.00%
/
/
单位资金
5.00
5.00
4.00
80.00%
/
/
绩效指标(90分)
一级指标
二级指标
三级指标
指标性质
指标值
度量单位
完成值
权重
得分
未完成原因分析
产出指标
数量指标
培训人数
≥
200
人次
230
50
50

效益指标
社会效益指标
服务覆盖率
=
100
%

40

覆盖面不足
合计
100
97
"""
SICHUAN_CELLS = "\n".join(f"{cell} |" if cell else "|" for cell in SICHUAN_CELL_TEXT.split("\n"))


def test_cell_per_line_sichuan() -> None:
    [read] = read_text(SICHUAN_CELLS)
    form = read.form
    assert form.project.unit == "测试中心"
    assert form.funds.total.label == "总额"
    assert (form.funds.total.adjusted, form.funds.total.rate) == (D("120.00"), D("90.00"))
    assert form.funds.appropriation.label == "其中:财政资金"
    assert [r.label for r in form.funds.extra_rows] == ["财政专户管理资金", "单位资金"]
    assert form.funds.extra_rows[1].executed == D("4.00")
    assert form.sources["funds.extra_rows[1].executed"].line == 42
    assert form.sources["funds.total.rate"].line == 21
    first, second = form.indicators
    assert (first.name, first.nature, first.target, first.unit) == ("培训人数", "≥", "200", "人次")
    assert (first.actual, first.weight, first.score) == ("230", D(50), D(50))
    assert (second.nature, second.target, second.unit, second.actual) == ("=", "100", "%", None)
    assert (second.weight, second.score, second.deviation) == (D(40), None, "覆盖面不足")
    assert (form.total.weight, form.total.score) == (D(100), D(97))


SPACE_ROWS = """测试专项经费绩效自评表(2022年度)
项目名称 测试专项经费
主管部门 测试局   实施单位 测试中心
项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分
(元) 年度资金总额 290000 290000 278000 9 0.958 8
其中:当年财政拨款 290000 290000 278000 9 0.958 8
绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
指标值 完成值
产出指标 数量指标 指标1:修缮建筑数量 3处 3处 45 45
效益指标 社会效益指标 指标1:文物安全 无事故 无事故 36 36
总分 100 89
"""


def test_space_rows_ratio_rate_and_yuan() -> None:
    [read] = read_text(SPACE_ROWS)
    form = read.form
    assert form.funds.unit == "元"
    assert (form.funds.total.weight, form.funds.total.rate) == (D(9), D("95.8"))
    assert ("READ.rate-ratio", "funds.total.rate") in flat(read)
    assert [(i.name, i.weight) for i in form.indicators] == [
        ("指标1:修缮建筑数量", D(45)),
        ("指标1:文物安全", D(36)),
    ]


GLUED = (
    "项目支出绩效自评表(2020 年度)项目名称测试设备更新经费主管部门测试剧团实施单位测试局机关"
    "项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额303010100%"
    "其中:当年财政拨款303030100%上年结转资金其他资金绩 效 指 标一级指标二级指标三级指标"
    "年度 指标值实际 完成值分 值得 分偏差原因分析 及改进措施"
    "产出指标数量指标更新设备50件50件2020总分10098"
)


def test_flattened_without_separators_splits_rows_by_column_meaning() -> None:
    [read] = read_text(GLUED)
    form = read.form
    assert (form.project.name, form.project.department) == ("测试设备更新经费", "测试剧团")
    assert form.project.unit == "测试局机关"
    assert form.funds.total.adjusted is None
    glued = [f.message for f in read.findings if f.code == "READ.glued-cells"]
    assert any("303010100%" in m for m in glued)
    # '50件50件2020': the unit repeats between target and actual, and 得分 <= 分值.
    [row] = form.indicators
    assert (row.level1, row.level2, row.name) == ("产出指标", "数量指标", "更新设备")
    assert (row.target, row.actual, row.weight, row.score) == ("50件", "50件", D(20), D(20))
    assert (form.total.weight, form.total.score) == (D(100), D(98))


def test_two_forms_and_a_tail_are_kept_apart() -> None:
    tail = "成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 | ||\n合计 | 100 | ||||\n"
    second = STREAM.replace("社区养老服务补助项目", "第二个项目")
    reads = read_text(tail + STREAM + second)
    assert [r.label for r in reads] == ["第1张表", "第2张表", "第3张表"]
    assert NONSTANDARD_CODE in codes(reads[0])
    assert [r.form.project.name for r in reads[1:]] == ["社区养老服务补助项目", "第二个项目"]
    assert len(reads[2].form.indicators) == 5
    assert reads[2].form.sources["project.name"].line == STREAM.count("\n") + 6


def test_rubric_is_nonstandard() -> None:
    text = "某街道2018年补贴项目专项支出绩效评分细则 目标名称 分值 充分性 制定有实施方案,得3分 3 3"
    [read] = read_text(text)
    assert NONSTANDARD_CODE in codes(read)
    assert "评分细则" in read.findings[0].message


def test_traditional_chinese_with_pinyin() -> None:
    text = "項(xiàng)目支出績效自評表\n項(xiàng)目名稱 測試項目\n主管部門 某局\n績效指標 一级指标\n"
    [read] = read_text(text)
    assert "READ.traditional-chinese" in codes(read)
    # Labels are found in the simplified text; the value keeps its printed characters.
    assert read.form.project.name == "測試項目"


def test_truncated_form_says_where_it_ends() -> None:
    cut = STREAM.split("质量指标")[0]
    [read] = read_text(cut)
    truncated = [f for f in read.findings if f.code == "READ.truncated"]
    assert len(truncated) == 1
    assert truncated[0].message == "文本在“数量指标”处结束，没有总分（R1）"
    assert truncated[0].path == "total"
    assert len(read.form.indicators) == 2


def test_no_digits_is_reported() -> None:
    text = "项目支出绩效自评表\n项目名称 测试项目\n年度资金总额 万元 万元\n产出指标 数量指标 人次\n"
    [read] = read_text(text)
    assert "READ.no-digits" in codes(read)


def test_note_and_grade_are_kept_as_form_text() -> None:
    text = STREAM + "自评等级 优\n注：一级指标分值按产出50分、效益30分设置。\n"
    form = read_text(text)[0].form
    assert form.grade == "优"
    assert form.notes == ("一级指标分值按产出50分、效益30分设置。",)
    assert len(form.indicators) == 5


MERGED = """项目支出绩效自评表
（2022年度）
项目名称 职业技能提升行动补贴项目
主管部门 某市人力资源和社会保障局 实施单位 某市职业技能鉴定中心
项目资金（万元）
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 500.00 480.00 456.00 10 95.00% 9.50
其中:当年财政拨款 500.00 480.00 456.00 - 95.00% -
上年结转资金
其他资金
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
偏差原因分析及改进
措施
产出指标
数量指标
开展职业技能培训的企业 ≥30家 35家 10 10
职工技能提升人数
企业职工参加岗位技能提升培
训并取得证书不少于500人次
612人次 10 10
质量指标
培训合格率 ≥90% 93% 10 9
受个别学员缺考影响，合
格率略低于预期
培训补贴发放
按规定标准足额发放补贴，不
存在截留挪用
已足额发放 10 10
补贴发放准确率达到100% 98% 10 8
个别企业材料不全，已退
回补正
时效指标
补贴资金拨付时间 2022年11月底前 12月15日拨付 10 7
效益指标 社会效益指标
职工就业稳定性 有所提升 参训职工续签劳动合
同比例达到96%
20 20
满意度指标 服务对象满意度指标
参训职工满意度 ≥90% 95% 10 10
总分 100 94.50
"""


def test_stream_layout_merged_name_and_wrapped_cells() -> None:
    [read] = read_text(MERGED)
    got = [(i.name, i.target, i.actual, i.score, i.deviation) for i in read.form.indicators]
    assert got == [
        ("开展职业技能培训的企业", "≥30家", "35家", D(10), None),
        (
            "职工技能提升人数",
            "企业职工参加岗位技能提升培训并取得证书不少于500人次",
            "612人次",
            D(10),
            None,
        ),
        ("培训合格率", "≥90%", "93%", D(9), "受个别学员缺考影响，合格率略低于预期"),
        ("培训补贴发放", "按规定标准足额发放补贴，不存在截留挪用", "已足额发放", D(10), None),
        ("培训补贴发放", "补贴发放准确率达到100%", "98%", D(8), "个别企业材料不全，已退回补正"),
        ("补贴资金拨付时间", "2022年11月底前", "12月15日拨付", D(7), None),
        ("职工就业稳定性", "有所提升", "参训职工续签劳动合同比例达到96%", D(20), None),
        ("参训职工满意度", "≥90%", "95%", D(10), None),
    ]
    assert read.form.sources["indicators[4].name"].line == 25  # the merged cell
    assert read.form.sources["indicators[4].target"].line == 29


def test_numeric_target_and_actual_before_weight_line() -> None:
    text = STREAM.replace("助餐服务人次 ≥5000人次 6200人次 20 20", "助餐服务人次 5000 6200\n20 20")
    row = read_text(text)[0].form.indicators[0]
    assert (row.target, row.actual, row.weight, row.score) == ("5000", "6200", D(20), D(20))


def test_scrambled_goal_cells_keep_only_what_is_a_goal() -> None:
    # One-line PDF extraction puts a stray rate and the section label between the goal texts.
    text = (
        "项目支出绩效自评表 项目名称 场馆结算 主管部门 区体育局 预期目标 年度 总体 目标 86.19% "
        "实际完成情况 已完成场馆运营费用结算。 一级指标 二级指标 三级指标\n"
    )
    (read,) = read_text(text)
    assert read.form.goals.expected is None
    assert read.form.goals.actual == "已完成场馆运营费用结算。"
