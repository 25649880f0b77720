"""run_checks: every check run, failures contained, sources attached, findings in reading order."""

import importlib
import pkgutil
from collections.abc import Iterator

import jixiao.checks
from jixiao.checks import CHECKS, path_key, run_checks, score_above_weight
from jixiao.model.finding import Finding, Severity, Source
from jixiao.scoring.context import Evaluation

from .kit import CLEAN_ROWS, evaluation, flat, form, replace_row


def test_clean_form_has_no_finding() -> None:
    assert run_checks(evaluation(form())) == ()


def test_sorted_by_severity_then_position_on_the_form() -> None:
    rows = replace_row(CLEAN_ROWS, 0, actual="80人次", score="24")  # below weight, no reason
    rows = replace_row(rows, 3, score="11")  # above its weight of 10
    f = form(*rows, total="95")
    assert flat(run_checks(evaluation(f))) == [
        ("E1.score-above-weight", "indicators[3].score"),
        ("E10.total-mismatch", "total.score"),
        ("E5.no-explanation", "indicators[0].deviation"),
    ]
    rows = replace_row(rows, 1, actual="8月1日完成", score="18")
    assert flat(run_checks(evaluation(form(*rows, total="93")))) == [
        ("E1.score-above-weight", "indicators[3].score"),
        ("E10.total-mismatch", "total.score"),
        ("E5.no-explanation", "indicators[0].deviation"),
        ("E7.deadline-missed-high", "indicators[1].score"),
        ("E5.no-explanation", "indicators[1].deviation"),
    ]


def _boom(ev: Evaluation) -> Iterator[Finding]:
    raise ZeroDivisionError("测试")


def test_a_failing_check_becomes_an_info_finding() -> None:
    rows = replace_row(CLEAN_ROWS, 0, score="31")
    found = run_checks(evaluation(form(*rows, total="101")), [_boom, score_above_weight.check])
    assert flat(found) == [
        ("E1.score-above-weight", "indicators[0].score"),
        ("E1.score-above-weight", "total.score"),
        ("CHECK.failed", ""),
    ]
    assert found[-1].severity == Severity.INFO
    assert "ZeroDivisionError" in found[-1].message


def test_source_is_attached_from_the_form() -> None:
    rows = replace_row(CLEAN_ROWS, 1, score="21")
    f = form(
        *rows,
        total="101",
        sources={"indicators[1]": Source(line=12), "total.score": Source(line=30)},
    )
    found = run_checks(evaluation(f))
    assert [(x.code, x.path, x.source) for x in found] == [
        ("E1.score-above-weight", "indicators[1].score", Source(line=12)),
        ("E1.score-above-weight", "total.score", Source(line=30)),
        ("E10.total-mismatch", "total.score", Source(line=30)),
    ]


def test_path_order_follows_the_form() -> None:
    reading_order = [
        "funds.total.adjusted",
        "funds.total.rate",
        "funds.appropriation.executed",
        "goals.actual",
        "indicators[2].target",
        "indicators[2].score",
        "indicators[2].deviation",
        "indicators[10].actual",
        "level1_weights.产出指标",
        "total.weight",
        "total.score",
        "grade",
        "",
    ]
    assert sorted(reversed(reading_order), key=path_key) == reading_order


def test_every_check_module_is_registered_once() -> None:
    modules = {
        name
        for _, name, _ in pkgutil.iter_modules(jixiao.checks.__path__)
        if not name.startswith("_")
    }
    registered = [c.__module__.rsplit(".", 1)[-1] for c in CHECKS]
    assert sorted(registered) == sorted(modules)
    for name in modules:
        assert importlib.import_module(f"jixiao.checks.{name}").__doc__
