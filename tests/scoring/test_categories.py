"""P7/R24 canonical categories from printed labels."""

import pytest

from jixiao.scoring.categories import canonical, clean_label


@pytest.mark.parametrize(
    ("level1", "level2", "expected"),
    [
        ("产出指标", "数量指标", ("产出指标", "数量")),
        ("产出指标(50分)", "质量指标（20分）", ("产出指标", "质量")),
        ("产 出 指 标", "时 效 指 标", ("产出指标", "时效")),
        ("产出指标", "成本指标", ("产出指标", "成本")),
        ("成本指标", "经济成本指标", ("产出指标", "成本")),  # 101号 first-level 成本 (P7)
        ("成本指标", "社会成本指标", ("产出指标", "成本")),
        ("成本指标", "生态环境成本指标", ("产出指标", "成本")),
        ("效益指标", "社会效益指标", ("效益指标", "社会效益")),
        ("效益指标", "社会效益", ("效益指标", "社会效益")),
        ("效益指标(30分)", "经济效益指标", ("效益指标", "经济效益")),
        ("效益指标", "生态效益指标", ("效益指标", "生态效益")),
        ("效益指标", "可持续影响指标", ("效益指标", "可持续影响")),
        ("满意度指标", "服务对象满意度指标", ("满意度指标", "满意度")),
        ("服务对象满意度指标", None, ("满意度指标", "满意度")),
        ("满意度指标（10分）", "服务对象满意度", ("满意度指标", "满意度")),
        (None, "数量指标", ("产出指标", "数量")),
        (None, None, (None, None)),
        ("效益指标", "其他", ("效益指标", None)),
    ],
)
def test_canonical(level1: str | None, level2: str | None, expected: tuple) -> None:
    assert canonical(level1, level2) == expected


def test_clean_label_strips_weight_suffix_and_spaces() -> None:
    assert clean_label(" 产出指标\n(50分) ") == "产出指标"
