"""Flattening and comparison of the accuracy benchmark on tiny inline forms."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "accuracy.py"
_SPEC = importlib.util.spec_from_file_location("bench_accuracy", _PATH)
assert _SPEC and _SPEC.loader
accuracy = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_accuracy"] = accuracy
_SPEC.loader.exec_module(accuracy)


def _form(**fields: object) -> dict[str, object]:
    return {"schema": "jixiao.form/1", **fields}


def test_flatten_skips_absent_fields_defaults_and_row_labels() -> None:
    form = _form(
        year=2021,
        project={"name": "甲项目", "code": None},
        funds={"unit": "万元", "total": {"label": "年度资金总额", "adjusted": "10.00"}},
        indicators=[{"name": "数量", "weight": 10, "applicable": True}],
        sources={"year": {"line": 1}},
    )
    assert accuracy.flatten_form(form) == {
        "year": "2021",
        "project.name": "甲项目",
        "funds.total.adjusted": "10",
        "indicators[0].name": "数量",
        "indicators[0].weight": "10",
    }


def test_flatten_keeps_a_non_default_unit_and_kind() -> None:
    assert accuracy.flatten_form(_form(funds={"unit": "元"})) == {"funds.unit": "元"}
    assert accuracy.flatten_form(_form(kind="department")) == {"kind": "department"}
    assert accuracy.flatten_form(_form(kind="project")) == {}


@pytest.mark.parametrize(
    ("printed", "read", "equal"),
    [
        ("5.30", "5.3", True),
        (5.3, "5.30", True),
        ("甲 项目", "甲项目", True),
        ("12-15个", "12-15 个", True),
        ("53.02", "53.2", False),
        ("是", "否", False),
    ],
)
def test_norm_compares_numbers_by_value_and_text_without_spaces(
    printed: object, read: object, equal: bool
) -> None:
    assert (accuracy._norm(printed) == accuracy._norm(read)) is equal


def test_compare_counts_matches_misses_and_invented_values() -> None:
    golden = [_form(year=2021, project={"name": "甲"}, indicators=[{"name": "a", "score": 5}])]
    got = [
        _form(
            year=2022,
            project={"name": "甲", "unit": "乙单位"},
            indicators=[{"name": "a", "score": "5.00"}],
        )
    ]
    score = accuracy.compare_forms(golden, got)
    assert (score.matched, score.expected, score.produced) == (3, 4, 5)
    assert score.invented == ["form[0].project.unit"]
    assert score.recall == pytest.approx(0.75)
    assert score.precision == pytest.approx(0.6)


def test_indicators_are_matched_by_name_when_positions_differ() -> None:
    golden = [_form(indicators=[{"name": "a", "score": 1}, {"name": "b", "score": 2}])]
    got = [_form(indicators=[{"name": "b", "score": 2}, {"name": "a", "score": 1}])]
    score = accuracy.compare_forms(golden, got)
    assert (score.matched, score.expected, score.produced) == (4, 4, 4)


def test_a_missing_form_counts_as_zero_recall() -> None:
    golden = [_form(year=2021), _form(year=2022)]
    score = accuracy.compare_forms(golden, [_form(year=2021)])
    assert (score.matched, score.expected) == (1, 2)


def test_a_reader_failure_is_zero_recall_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_text("", encoding="utf-8")
    score = accuracy.score_file(bad, [_form(year=2021, project={"name": "甲"})])
    assert (score.matched, score.expected, score.recall) == (0, 2, 0.0)
    assert score.error
