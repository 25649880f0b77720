"""The small pure helpers of the text reader, as string → value tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.readers.text.cells import Stretch, first_unit, join_text, wraps
from jixiao.readers.text.funds import row_key
from jixiao.readers.text.labels import level_of
from jixiao.readers.text.lines import fragments, split_line, width

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_3e20b20a8ba254db.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0), ("abc", 3), ("支持", 4), ("60%，", 5), ("１２", 4), ("≥90%", 4)],
)
def test_width(text: str, expected: int) -> None:
    assert width(text) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["政策调整，不在资金支持范", "围内"], "政策调整，不在资金支持范围内"),
        (["Project", "Name"], "Project Name"),
        (["共支持资金", "1467.42万元"], "共支持资金1467.42万元"),
        (["1467", "42"], "1467 42"),
        (["达到", "ISO9001"], "达到ISO9001"),
    ],
)
def test_join_text(parts: list[str], expected: str) -> None:
    assert join_text(parts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60%，服务企业", "60%，"),
        ("围内", "围"),
        ("、京外企业", "、"),
        ("2021年", "2021"),
        ("毕", "毕"),
    ],
)
def test_first_unit(text: str, expected: str) -> None:
    assert first_unit(text) == expected


@pytest.mark.parametrize(
    ("line", "nxt", "column", "expected"),
    [
        ("政策调整，不在资金支持范", "围内", 24, True),
        ("服务体系完善、综合效益较高", "支持特色园产业集聚度", 28, False),
        ("业企业集聚度高于", "60%，服务企业数均超", 20, True),
        ("支持特色园区项目2000万元", "17家园区共支持资金", 28, False),
        ("产业特色鲜明、空间载体完备、", "企业集聚显著", 40, True),
        ("对于投资机构推荐技高质量境外", "、京外企业入驻集聚区", 40, True),
    ],
)
def test_wraps(line: str, nxt: str, column: int, expected: bool) -> None:
    assert wraps(line, nxt, column) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("产出指标", ("level1", None)),
        ("产 出 指 标 (50分)", ("level1", "50")),
        ("效益指标（30分）", ("level1", "30")),
        ("数量指标", ("level2", None)),
        ("服务对象满意度指标", ("level2", None)),
        ("社会效益 指标", ("level2", None)),
        ("成本指标", ("either", None)),
        ("满意度指标", ("either", None)),
        ("支持特色园区项目", None),
        ("一级指标", None),
        # The weight or a space may come first: the quick reject must still let them through.
        ("(50分)产出指标", ("level1", "50")),
        ("（30分）效益指标", ("level1", "30")),
        (" 数量指标", ("level2", None)),
        ("", None),
    ],
)
def test_level_of(text: str, expected: tuple[str, str | None] | None) -> None:
    assert level_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年度资金总额", "total"),
        ("年度资金总额:", "total"),
        ("总额", "total"),
        ("年度财政资金总额", "total"),
        ("其中:当年财政拨款", "appropriation"),
        ("其中：本年财政拨款", "appropriation"),
        ("其中:财政资金", "appropriation"),
        ("上年结转资金", "carryover"),
        ("其他资金", "other"),
        ("财政专户管理资金", "extra"),
        ("单位资金", "extra"),
        ("其中:中央财政资金", "extra"),
        ("项目资金", None),
        ("年初预算数", None),
    ],
)
def test_funds_row_key(text: str, expected: str | None) -> None:
    assert row_key(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "年度资金总额 4,100.000000 2,768.000000",
            ["年度资金总额", "4,100.000000", "2,768.000000"],
        ),
        ("项目名称 | 测试 | ||||", ["项目名称", "测试"]),
        ("主管部门 某局\u3000\u3000实施单位 某中心", ["主管部门", "某局", "实施单位", "某中心"]),
        ("   ", []),
        ("\t产出指标\xa0 数量指标 ", ["产出指标", "数量指标"]),
        # A thin space or a form feed inside a cell is not a cell break, unlike str.split().
        ("10\u2009000 元  95%", ["10\u2009000", "元", "95%"]),
        ("\x0c满意度\x0c指标 10", ["满意度\x0c指标", "10"]),
    ],
)
def test_split_line(line: str, expected: list[str]) -> None:
    assert split_line(line) == expected


@pytest.mark.shared
def test_stretch_priced_is_cell_plus_boundary_cost_on_the_seed() -> None:
    """The stream reader's one-call price is the very float of the two costs it replaces."""
    frags = fragments(SEED.read_text(encoding="utf-8").split("\n"))
    for start in range(0, len(frags) - 12, 6):
        stretch = Stretch(frags[start : start + 12])
        n = len(stretch.widths)
        for column in (None, 10, 19, 24, 28, 40):
            for a in range(n):
                for b in range(a + 1, n + 1):
                    want = stretch.cell_cost(a, b, column)
                    if b < n:
                        want += stretch.boundary_cost(b, column)
                    assert stretch.priced(a, b, column) == want, (start, a, b, column)
