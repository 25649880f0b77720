"""What a batch stores of a checked form: columns that fit the database, the JSON in full."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.batch.digest import digest, fit_money, fit_score
from jixiao.model.jsonio import form_from_json
from jixiao.model.policy import get_policy
from jixiao.pipeline import check_form

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed-2021-zgc.json"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (Decimal("53.0234"), Decimal("53.0234")),
        (Decimal("95.2"), Decimal("95.2000")),
        (Decimal("999999.99994"), Decimal("999999.9999")),
        (Decimal("1000000"), None),  # a dot lost in extraction: left to the JSON
        (Decimal("-1000000"), None),
        (Decimal("NaN"), None),
    ],
)
def test_fit_score(value: Decimal | None, expected: Decimal | None) -> None:
    assert fit_score(value) == expected


def test_fit_money() -> None:
    assert fit_money(Decimal("4100.000000")) == Decimal("4100.00")
    assert fit_money(Decimal("1e12")) is None


def test_digest_of_the_seed() -> None:
    form = form_from_json(SEED.read_text(encoding="utf-8"))
    d = digest(check_form(form, get_policy(None)))
    assert (d.year, d.self_score, d.computed_score) == (2021, Decimal("95.2"), Decimal("94.5"))
    assert d.execution_rate == Decimal("53.0210")  # 1467.62 ÷ 2768.00, four decimals kept
    assert d.errors == sum(1 for f in d.findings if f[1] == "error") > 0
    assert len(d.indicators) == 21 and d.indicators[0][0] == 0
    assert form_from_json(d.form_json) == form
