"""E10 (inflated): a 优 self-score with low execution or funded lines never started."""

import pytest

from jixiao.checks import inflated_score

from .kit import CLEAN_ROWS, form, funds, ind, messages, run


@pytest.mark.parametrize(
    ("executed", "total", "expected"),
    [
        ("200", "100", []),
        ("118", "95.9", [("E10.inflated-score", "total.score")]),  # 59%
        ("120", "96", []),  # 60%
        ("100", "89.99", []),  # not 优
    ],
)
def test_low_execution(executed: str, total: str, expected: list) -> None:
    rate = f"{int(executed) / 2:.2f}"
    block = funds(executed=executed, rate=rate, score=str(int(executed) / 20))
    assert run(inflated_score.check, form(funds_block=block, total=total)) == expected


def test_funded_lines_never_started() -> None:
    costs = (
        ind("培训成本", "培训成本120万元", "118万元", None, None, level2="成本指标"),
        ind("平台成本", "平台成本60万元", "无", None, None, level2="成本指标"),
        ind("考察成本", "考察成本20万元", "无", None, None, level2="成本指标"),
    )
    block = funds(executed="100", rate="50.00", score="5")
    f = form(*CLEAN_ROWS, *costs, funds_block=block, total="95")
    assert messages(inflated_score.check, f) == [
        "自评 95 分（优），但预算执行率仅 50%，且成本指标所列 3 项资金支持内容中 2 项未启动，"
        "7 项有目标的指标中 2 项实际完成值为“无”或空白，自评分可能偏高（E10）"
    ]


def test_zero_budget_is_not_low_execution() -> None:
    block = funds(adjusted="0", executed="0", rate=None, score="10")
    assert run(inflated_score.check, form(funds_block=block, total="100")) == []
