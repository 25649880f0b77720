"""E9: vague targets and targets that repeat the 二级指标 label (R26)."""

import pytest

from jixiao.checks import vague_targets

from .kit import CLEAN_ROWS, evaluation, form, replace_row, run


@pytest.mark.parametrize(
    ("target", "severity"),
    [
        ("应保尽保", "warning"),
        ("有效提升", "warning"),
        ("就业质量明显改善", "warning"),
        ("服务水平有效提升，群众反映良好并形成长效工作机制", "info"),
    ],
)
def test_vague_wording(target: str, severity: str) -> None:
    rows = replace_row(CLEAN_ROWS, 2, target=target, actual="达成年度指标")
    found = list(vague_targets.check(evaluation(form(*rows))))
    assert [(f.code, f.path, f.severity.value) for f in found] == [
        ("E9.vague-target", "indicators[2].target", severity)
    ]


def test_measurable_target_with_vague_word_is_fine() -> None:
    rows = replace_row(CLEAN_ROWS, 2, target="就业率有效提升至≥80%")
    assert run(vague_targets.check, form(*rows)) == []


def test_target_repeating_its_second_level_label() -> None:
    rows = replace_row(CLEAN_ROWS, 2, target="社会效益", actual="达成年度指标")
    assert run(vague_targets.check, form(*rows)) == [("E9.target-is-label", "indicators[2].target")]


def test_clean_form_has_none() -> None:
    assert run(vague_targets.check, form()) == []


@pytest.mark.parametrize(
    ("target", "expected"), [("≥0个", [("E9.zero-target", "indicators[0].target")]), ("≥1个", [])]
)
def test_zero_target(target: str, expected: list) -> None:
    rows = replace_row(CLEAN_ROWS, 0, target=target, actual="3个")
    assert run(vague_targets.check, form(*rows)) == expected
