"""Every real form in the shared corpus scores without a rule failure and within its weights."""

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.model.policy import NATIONAL
from jixiao.readers import read_path
from jixiao.scoring import evaluate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FILES = sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "seed").glob("*.txt"))


@pytest.mark.skipif(not FILES, reason="shared corpus not present")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_form_scores_cleanly(path: Path) -> None:
    try:
        forms = read_path(path)
    except Exception as exc:  # reading is the readers' business; scoring is tested on what is read
        pytest.skip(f"unreadable: {type(exc).__name__}")
    for read in forms:
        ev = evaluate(read.form, NATIONAL)
        assert [f.code for f in ev.findings] == []
        for row, result in zip(ev.rows, ev.computed.indicators, strict=True):
            assert result.explanation
            weight = row.indicator.weight
            if result.score is not None and weight is not None:
                assert Decimal(0) <= result.score <= weight


def test_seed_total_differs_from_printed_only_by_the_score_above_its_weight() -> None:
    seed = SHARED / "seed" / "000_3e20b20a8ba254db.txt"
    if not seed.exists():
        pytest.skip("seed not present")
    (read,) = read_path(seed)
    computed = evaluate(read.form, NATIONAL).computed
    assert computed.execution.score == Decimal("5.30")
    assert read.form.total.score == Decimal("95.20")
    # 95.20 printed; the four missed deadlines (1.8, 2.7, 2.7, 2.7) count at their printed scores
    # capped at the weight (P12): only 经费支出进度's 2.7 on a weight of 2 counts as 2 → 94.50.
    assert computed.total.score == Decimal("94.50")
    deadlines = [r for r in computed.indicators if r.method == "deadline"]
    assert [(r.score, r.band_high) for r in deadlines] == [
        (Decimal("1.80"), Decimal("1.59")),
        (Decimal("2.70"), Decimal("2.39")),
        (Decimal("2.70"), Decimal("2.39")),
        (Decimal("2.00"), Decimal("1.59")),
    ]
    assert computed.grade.grade == "优"
