"""Read → write → read: every example and the seed come back the same in every format and layout.

Forms are compared through their JSON without ``sources`` (where a value was read is the only
thing a new file changes), so Decimals must come back with the same printed digits.
"""

from __future__ import annotations

import subprocess
from decimal import Decimal as D
from pathlib import Path

import pytest

from jixiao.model.form import Form, Funds, FundsRow, Goals, Indicator, Project, Total
from jixiao.model.jsonio import dumps
from jixiao.readers import read_path
from jixiao.writers import LAYOUTS, dropped
from jixiao.writers.document import prepare, render

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
EXAMPLES = sorted((ROOT / "examples").rglob("*.json"))
INPUTS = [pytest.param(SEED, marks=pytest.mark.shared), *EXAMPLES]


def _id(path: Path) -> str:
    return path.stem


def plain(form: Form) -> str:
    return dumps(form.model_copy(update={"sources": {}}))


def round_trip(form: Form, layout: str, suffix: str, tmp_path: Path) -> Form:
    out = tmp_path / f"form{suffix}"
    out.write_bytes(render([prepare(form, layout)], suffix))
    read = read_path(out)
    assert len(read) == 1
    assert read[0].findings == ()
    return read[0].form


@pytest.mark.shared
def test_the_seed_is_there() -> None:
    # The seed is read in place from ../shared; the tests below rely on it.
    form = read_path(SEED)[0].form
    assert len(form.indicators) == 21 and str(form.total.score) == "95.20"


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("path", INPUTS, ids=_id)
def test_xlsx_round_trip(path: Path, layout: str, tmp_path: Path) -> None:
    form = read_path(path)[0].form
    assert dropped(form, layout) == []
    assert plain(round_trip(form, layout, ".xlsx", tmp_path)) == plain(form)


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("path", INPUTS, ids=_id)
def test_html_round_trip(path: Path, layout: str, tmp_path: Path) -> None:
    form = read_path(path)[0].form
    assert plain(round_trip(form, layout, ".html", tmp_path)) == plain(form)


@pytest.mark.parametrize("path", INPUTS, ids=_id)
def test_pdf_round_trip(path: Path, tmp_path: Path) -> None:
    form = read_path(path)[0].form
    assert plain(round_trip(form, "national-2020", ".pdf", tmp_path)) == plain(form)


@pytest.mark.parametrize("layout", ["beijing-2021", "sichuan-2023"])
@pytest.mark.parametrize("path", [INPUTS[0], ROOT / "examples" / "clean-2023.json"], ids=_id)
def test_pdf_round_trip_other_layouts(path: Path, layout: str, tmp_path: Path) -> None:
    form = read_path(path)[0].form
    assert plain(round_trip(form, layout, ".pdf", tmp_path)) == plain(form)


@pytest.mark.parametrize("path", INPUTS, ids=_id)
def test_json_round_trip(path: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from jixiao.cli.main import app

    out = tmp_path / "form.json"
    result = CliRunner().invoke(app, ["convert", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert plain(read_path(out)[0].form) == plain(read_path(path)[0].form)


@pytest.mark.parametrize("layout", ["national-2020", "beijing-2021"])
@pytest.mark.shared
def test_the_seed_prints_on_two_a4_pages_with_cjk_fonts_embedded(
    layout: str, tmp_path: Path
) -> None:
    out = tmp_path / "seed.pdf"
    out.write_bytes(render([prepare(read_path(SEED)[0].form, layout)], ".pdf"))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert int(fields["Pages"]) <= 2
    assert "595.276 x 841.89" in fields["Page size"]  # A4 portrait, in points
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    assert rows and all("Noto-Serif-CJK-SC" in r[0] for r in rows)
    # emb / sub / uni: every font is embedded, subset, and maps back to Unicode.
    assert all(r[-5:-2] == ["yes", "yes", "yes"] for r in rows)


def test_a_layout_without_a_column_says_what_it_leaves_out() -> None:
    form = read_path(ROOT / "examples" / "clean-2023.json")[0].form
    first = form.indicators[0].model_copy(update={"nature": "≥", "unit": "人次"})
    form = form.model_copy(update={"indicators": (first, *form.indicators[1:])})
    assert dropped(form, "national-2020") == ["指标性质", "度量单位"]
    assert dropped(form, "sichuan-2023") == []


FIXTURES = ROOT / "tests" / "data" / "fixtures"
READABLE = sorted(
    p
    for p in FIXTURES.iterdir()
    if p.suffix in (".pdf", ".xlsx", ".xls", ".docx", ".html") and p.name != "clean-calc.pdf"
)


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.name)
def test_every_reader_fixture_round_trips_in_each_layout_that_has_its_columns(
    path: Path, tmp_path: Path
) -> None:
    read = read_path(path)
    fitting = [name for name in LAYOUTS if not any(dropped(r.form, name) for r in read)]
    assert fitting
    for layout in fitting:
        for suffix in (".xlsx", ".html"):
            out = tmp_path / f"{layout}{suffix}"
            out.write_bytes(render([prepare(r.form, layout) for r in read], suffix))
            back = read_path(out)
            assert [plain(b.form) for b in back] == [plain(r.form) for r in read], (layout, suffix)


def every_field() -> Form:
    """A form with every field filled: code, leader, 元, extra rows, reasons, notes, weights."""
    rows = (
        Indicator(
            level1="产出指标",
            level2="数量指标",
            name="培训人次",
            target="≥300",
            actual="326",
            weight=D(20),
            score=D(20),
            nature="≥",
            unit="人次",
        ),
        Indicator(
            level1="产出指标",
            level2="质量指标",
            name="合格率",
            target="≥95%",
            actual="90%",
            weight=D(30),
            score=D("28.42"),
            deviation="部分学员补考",
            nature="≥",
            unit="%",
        ),
        Indicator(
            level1="满意度指标",
            level2="服务对象满意度指标",
            name="满意度",
            target="≥90%",
            actual="不适用",
            weight=D(10),
            applicable=False,
        ),
    )
    money = {"initial": D("300000.00"), "adjusted": D("280000.00"), "executed": D("250000.00")}
    funds = Funds(
        unit="元",
        total=FundsRow(
            label="年度资金总额",
            **money,
            weight=D(10),
            rate=D("89.29"),
            score=D("8.93"),
            reason="部分合同尾款次年支付",
        ),
        appropriation=FundsRow(label="其中:当年财政拨款", **money, rate=D("89.29")),
        extra_rows=(FundsRow(label="单位资金", initial=D("0.00"), adjusted=D("0.00")),),
    )
    project = Project(
        name="全字段项目",
        code="510000-23-001",
        department="某厅",
        unit="某中心",
        leader="张三",
        phone="028-12345678",
    )
    return Form(
        title="项目支出绩效自评表",
        year=2023,
        project=project,
        funds=funds,
        goals=Goals(expected="完成培训", actual="基本完成培训"),
        indicators=rows,
        total=Total(weight=D(100), score=D("87.35")),
        grade="良",
        level1_weights={"产出指标": D(50), "满意度指标": D(10)},
        notes=("满意度调查未开展。", "本表金额单位为元。"),
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".html", ".pdf"])
def test_the_sichuan_layout_carries_every_field(suffix: str, tmp_path: Path) -> None:
    form = every_field()
    assert dropped(form, "sichuan-2023") == []
    assert plain(round_trip(form, "sichuan-2023", suffix, tmp_path)) == plain(form)


def test_the_national_layout_loses_only_what_it_says(tmp_path: Path) -> None:
    form = every_field()
    assert dropped(form, "national-2020") == ["指标性质", "度量单位", "预算执行原因"]
    back = round_trip(form, "national-2020", ".xlsx", tmp_path)
    rows = tuple(i.model_copy(update={"nature": None, "unit": None}) for i in form.indicators)
    total = form.funds.total.model_copy(update={"reason": None})
    expected = form.model_copy(
        update={"indicators": rows, "funds": form.funds.model_copy(update={"total": total})}
    )
    assert plain(back) == plain(expected)


def test_first_level_weights_that_cannot_be_printed_are_named() -> None:
    form = every_field()
    assert dropped(form, "sichuan-2023") == []
    odd = form.model_copy(update={"level1_weights": {"自定义指标": D(5)}})
    assert dropped(odd, "sichuan-2023") == ["一级指标分值（无对应指标行或非标准一级指标名称）"]
