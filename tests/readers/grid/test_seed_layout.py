"""The seed's facts laid out as the national 2020 table read back as examples/seed-2021-zgc.json."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.finding import Source
from jixiao.model.form import Form
from jixiao.model.jsonio import form_from_json
from jixiao.readers.grid import read_tables

from .helpers import EXAMPLES, seed_table


def _read() -> Form:
    table, _ = seed_table()
    (read,) = read_tables([table])
    assert read.findings == ()
    return read.form


def test_seed_table_gives_the_example_json() -> None:
    expected = form_from_json((EXAMPLES / "seed-2021-zgc.json").read_text(encoding="utf-8"))
    assert _read().model_copy(update={"sources": {}}) == expected


def test_seed_numbers_keep_their_printed_digits() -> None:
    form = _read()
    assert str(form.funds.total.initial) == "4100.000000"
    assert str(form.funds.total.rate) == "53.02"
    assert str(form.total.score) == "95.20"


def test_seed_sources_name_cells() -> None:
    form = _read()
    assert form.sources["title"] == Source(cell="Sheet1!A1")
    assert form.sources["year"] == Source(cell="Sheet1!A2")
    assert form.sources["project.name"] == Source(cell="Sheet1!B3")
    assert form.sources["project.unit"] == Source(cell="Sheet1!F4")
    assert form.sources["project.phone"] == Source(cell="Sheet1!F5")
    assert form.sources["funds.total.initial"] == Source(cell="Sheet1!C7")
    assert form.sources["funds.total.rate"] == Source(cell="Sheet1!G7")
    assert form.sources["goals.expected"] == Source(cell="Sheet1!B12")
    assert form.sources["indicators[0]"] == Source(cell="Sheet1!B14")
    assert form.sources["indicators[1]"] == Source(cell="Sheet1!D15")  # levels merged from above
    assert form.sources["indicators[0].name"] == Source(cell="Sheet1!D14")
    # A merged 一级指标 cell is the source of every row it spans.
    assert form.sources["indicators[5].level1"] == Source(cell="Sheet1!B14")
    assert form.sources["indicators[11].score"] == Source(cell="Sheet1!H25")
    assert form.sources["total.score"] == Source(cell="Sheet1!H35")
    assert form.indicators[11].score == Decimal("2.7")
