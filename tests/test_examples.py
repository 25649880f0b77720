"""Every bundled example gives exactly the findings it was written to show."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.model.policy import NATIONAL
from jixiao.pipeline import check_file

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

TRIPS: dict[str, list[tuple[str, str]]] = {
    "E1-score-above-weight": [
        ("E1.score-above-weight", "indicators[7].score"),
        ("E1.score-above-weight", "total.score"),
        ("E10.total-mismatch", "total.score"),
    ],
    "E2-total-not-sum": [
        ("E2.total-not-sum", "total.score"),
        ("E10.total-mismatch", "total.score"),
    ],
    "E3-weights-not-total": [
        ("E3.weights-not-total", "total.weight"),
        ("E1.score-above-weight", "total.score"),
        ("E3.level1-split", "level1_weights.产出指标"),
    ],
    "E4-rate-mismatch": [
        ("E4.score-mismatch", "funds.total.score"),
        ("E4.rate-mismatch", "funds.total.rate"),
        ("E10.total-mismatch", "total.score"),
    ],
    "E5-no-explanation": [("E5.no-explanation", "indicators[2].deviation")],
    "E6-overachievement": [
        ("E6.overachievement", "indicators[0].actual"),
        ("E6.no-explanation", "indicators[0].deviation"),
    ],
    "E7-deadline-missed-high": [("E7.deadline-missed-high", "indicators[3].score")],
    "E8-unit-mismatch": [("E8.unit-mismatch", "indicators[4].actual")],
    "E9-vague-target": [("E9.vague-target", "indicators[6].target")],
    "E10-row-score": [
        ("E10.row-score", "indicators[7].score"),
        ("E10.total-mismatch", "total.score"),
    ],
    "E11-breakdown-not-total": [("E11.breakdown-not-total", "funds.total.executed")],
    "E12-reverse-scored-full": [
        ("E12.reverse-scored-full", "indicators[4].score"),
        ("E10.total-mismatch", "total.score"),
    ],
    "E13-excluded-row": [
        ("E13.excluded-row", "indicators[2].weight"),
        ("E13.rescaled-total", "total.score"),
    ],
    "E14-copied-goal": [("E14.copied-goal", "goals.actual")],
    "GRADE-band-mismatch": [("GRADE.band-mismatch", "grade")],
}


def findings_of(path: Path) -> list[tuple[str, str]]:
    result = check_file(path, NATIONAL)
    assert result.error is None
    (report,) = result.reports
    return [(f.code, f.path) for f in report.findings]


def test_clean_example_has_no_finding() -> None:
    assert findings_of(EXAMPLES / "clean-2023.json") == []


@pytest.mark.parametrize("name", sorted(TRIPS))
def test_each_trip_example_trips_its_check(name: str) -> None:
    found = findings_of(EXAMPLES / "trip" / f"{name}.json")
    assert found == TRIPS[name]
    prefix = name.split("-")[0]
    assert any(code.startswith(prefix + ".") for code, _ in found)


def test_every_trip_file_is_listed() -> None:
    assert sorted(p.stem for p in (EXAMPLES / "trip").glob("*.json")) == sorted(TRIPS)


def test_seed_example_findings() -> None:
    found = findings_of(EXAMPLES / "seed-2021-zgc.json")
    codes = [c for c, _ in found]
    assert ("E1.score-above-weight", "indicators[11].score") in found
    assert codes.count("E13.excluded-row") == 11
    assert [p for c, p in found if c == "E7.deadline-missed-high"] == [
        "indicators[8].score",
        "indicators[9].score",
        "indicators[10].score",
        "indicators[11].score",
    ]
    assert ("E11.cost-vs-executed", "indicators[12].actual") in found
    assert ("E6.above-range", "indicators[0].actual") in found
    assert ("E5.no-explanation", "indicators[17].deviation") in found
    assert ("E10.inflated-score", "total.score") in found
    assert "E2.total-not-sum" not in codes and "E4.rate-mismatch" not in codes
