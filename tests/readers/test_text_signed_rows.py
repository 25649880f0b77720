"""Space rows with a 符号 column: cells counted from the sign, levels from the right."""

from __future__ import annotations

from jixiao.readers.text import read_form_text

TEXT = """成安县民政局2020年度预算项目绩效自评表
一、基本情况 项目名称: 高龄津贴 实施(主管)单位 测试局
四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 自评得分
符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分
产出指标 质量指标 覆盖率 享受补贴人数占申报对象总数的比例 >= 98 %(百分比) 100% 完成 25.00 25.00 6.25
时效指标 完成率 每月及时审批的比例(百分比) >= 99 %(百分比) 100% 完成 25.00 25.00 6.25
效果指标 社会效益指标 补贴发放率 高龄补贴发放完成率 >= 75 %(百分比) 100% 完成 30.00 30.00 9.00
"""


def test_rows_read_from_the_sign_with_merged_levels_inherited() -> None:
    [read] = read_form_text(TEXT)
    rows = [(i.level1, i.level2, i.name, i.nature, i.target, i.unit, i.actual, i.weight)
            for i in read.form.indicators]  # fmt: skip
    assert rows == [
        ("产出指标", "质量指标", "覆盖率", ">=", "98", "%(百分比)", "100%", None),
        ("产出指标", "时效指标", "完成率", ">=", "99", "%(百分比)", "100%", None),
        ("效果指标", "社会效益指标", "补贴发放率", ">=", "75", "%(百分比)", "100%", None),
    ]
