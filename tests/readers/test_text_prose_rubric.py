"""A 评分细则 whose names wrap around its prose (019), on its real lines quoted inline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.readers import read_path
from jixiao.readers.text.lines import fragments
from jixiao.readers.text.prose_rubric import read_prose_rubric

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev"

# 019's rubric line, as extracted (one line, cells split at spaces), cut after four rows.
RUBRIC = (
    "评价项目:2018年耕地地力保护补贴 评价人员: 目标名称 分值 充分性 制定有耕地地力保护补贴项目"
    "实施方案,得3分 ,否则不得分。 3 3 合理性 耕地地力保护补贴项目按程序报批,申请安排 项目经费符合"
    "自治区耕地地力保护补贴资金管 理,得3分。 3 3 通过板报宣传耕地地力保护补贴项目,对村级 "
    "宣传培训工作工作人员进行培训,组织人员到乡镇村开展宣 传工作的,得2分,未开展这项工作的不得分。"
    " 2 2 建立农户一折通账户的,得3分,发现一户未纳 建立农户一 入的此分值扣完;按照上级批复文件将"
    "补贴资 折通账户 金发放到农户的,得4分,未完成的按实际比例 计分。 7 7 完成情况 全部完成发放补贴"
    "面积得5分,未完成不得分; 10 全部完成补贴资金下发得5分,未完成不得分。 10 领导重视 成立项目实施"
    "工作领导小组,有检查、有督"
)


def test_rows_close_at_their_number_pair_and_names_are_the_narrow_cells() -> None:
    read = read_prose_rubric(fragments([RUBRIC]))
    assert read is not None
    got = [(r.name, r.weight, r.score) for r in read.rows]
    assert got == [
        ("充分性", "3", "3"),
        ("合理性", "3", "3"),
        (None, "2", "2"),  # '宣传培训工作' is glued to its prose line: not cut by guess
        ("建立农户一折通账户", "7", "7"),  # the name wrapped over two narrow cells
        ("完成情况", "10", "10"),  # the 分值 stands between the row's prose lines
    ]
    # The row cut by the end of the text (领导重视, no numbers) is not read.
    [finding] = read.findings
    assert finding.code == "READ.glued-cells"
    assert finding.path == "indicators[2].name"


def test_without_its_header_or_with_a_score_above_the_weight_it_is_not_this_layout() -> None:
    assert read_prose_rubric(fragments([RUBRIC.replace("目标名称 分值", "目标名称")])) is None
    assert read_prose_rubric(fragments([RUBRIC.replace("。 3 3 合理性", "。 3 5 合理性")])) is None


@pytest.mark.skipif(not (CORPUS / "019.txt").exists(), reason="shared corpus not present")
def test_019_reads_eight_rows_in_place() -> None:
    [read] = read_path(CORPUS / "019.txt")
    rows = read.form.indicators
    assert [(r.weight, r.score) for r in rows] == [
        (Decimal(w), Decimal(w)) for w in ["3", "3", "2", "2", "7", "5", "8", "10"]
    ]
    assert [r.name for r in rows].count(None) == 2
