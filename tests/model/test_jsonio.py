"""The jixiao.form/1 contract: exact decimals, lossless round trip, the schema."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from jixiao.model.form import Form, Funds, FundsRow, Indicator, Project, Total
from jixiao.model.jsonio import dumps, form_from_json, form_to_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_printed_precision_survives_json() -> None:
    form = Form(total=Total(weight=Decimal(100), score=Decimal("95.20")))
    text = form_to_json(form)
    assert '"score": 95.20' in text
    assert json.loads(text)["total"]["score"] == 95.2  # a plain JSON number for other tools
    assert form_from_json(text).total.score.as_tuple().exponent == -2


def test_contract_keys_are_those_of_product_md() -> None:
    data = json.loads(form_to_json(Form()))
    assert list(data)[:11] == [
        "schema",
        "kind",
        "title",
        "year",
        "project",
        "funds",
        "goals",
        "indicators",
        "total",
        "grade",
        "level1_weights",
    ]
    assert set(data["funds"]) >= {"total", "appropriation", "carryover", "other", "extra_rows"}
    assert set(data["funds"]["total"]) >= {
        "label",
        "initial",
        "adjusted",
        "executed",
        "weight",
        "rate",
        "score",
    }


@pytest.mark.parametrize("name", ["seed-2021-zgc.json", "clean-2023.json"])
def test_examples_round_trip_byte_for_byte(name: str) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert form_to_json(form_from_json(text)) + "\n" == text


@pytest.mark.parametrize(
    ("patch", "where"),
    [
        ({"schema": "other/2"}, "schema"),
        ({"year": "二〇二一"}, "year"),
        ({"indicators": [{"weight": "abc"}]}, "indicators.0.weight"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_contract_violations_are_rejected_with_their_path(patch: dict, where: str) -> None:
    data = json.loads(form_to_json(Form())) | patch
    with pytest.raises(ValidationError) as err:
        form_from_json(json.dumps(data))
    assert where in str(err.value)


def test_forms_are_immutable() -> None:
    form = Form()
    with pytest.raises(ValidationError):
        form.year = 2020  # type: ignore[misc]


money = (
    st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False, places=4)
    | st.none()
)
text = st.text(max_size=30) | st.none()
rows = st.builds(
    FundsRow,
    label=st.text(max_size=10),
    initial=money,
    adjusted=money,
    executed=money,
    weight=money,
    rate=money,
    score=money,
    reason=text,
)
indicators = st.builds(
    Indicator,
    level1=text,
    level2=text,
    name=text,
    target=text,
    actual=text,
    weight=money,
    score=money,
    deviation=text,
    applicable=st.booleans(),
)
forms = st.builds(
    Form,
    year=st.integers(1990, 2100) | st.none(),
    project=st.builds(Project, name=text, department=text, unit=text),
    funds=st.builds(
        Funds, total=rows, appropriation=rows, extra_rows=st.lists(rows, max_size=2).map(tuple)
    ),
    indicators=st.lists(indicators, max_size=5).map(tuple),
    total=st.builds(Total, weight=money, score=money),
)


@given(forms)
def test_any_form_round_trips_through_json(form: Form) -> None:
    back = form_from_json(dumps(form))
    assert back == form
    assert dumps(back) == dumps(form)
