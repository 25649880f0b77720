"""``jixiao template``: formulas, drop-downs, locked labels, notes; a filled template reads back.

The filled template is recalculated by LibreOffice headless, as Excel or WPS would on saving
(openpyxl writes formulas without results, and the reader needs the results: STACK.md).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from jixiao.cli.main import app
from jixiao.model.policy import get_policy
from jixiao.pipeline import check_form
from jixiao.readers import read_path
from jixiao.writers import lay_out
from jixiao.writers.template import TIERS, blank_form, cell_map

D = Decimal


def refs(layout: str) -> dict[str, str]:
    printed = replace(lay_out(blank_form(), layout), subtitle="（    年度）")
    return cell_map(printed, 3)  # title and subtitle above the table


def make(tmp_path: Path, layout: str = "national-2020") -> Path:
    out = tmp_path / "blank.xlsx"
    result = CliRunner().invoke(app, ["template", "-o", str(out), "--layout", layout])
    assert result.exit_code == 0, result.stderr
    return out


@pytest.mark.parametrize("layout", ["national-2020", "beijing-2021", "sichuan-2023"])
def test_the_template_has_live_formulas_drop_downs_and_locked_labels(
    layout: str, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(make(tmp_path, layout))
    ws, w = wb["自评表"], refs(layout)
    rate, score = ws[w["funds.total.rate"]], ws[w["funds.total.score"]]
    assert rate.data_type == "f" and "/" in rate.value
    assert score.value.startswith("=IF(") and "MIN(" in score.value
    assert ws[w["total.score"]].value.startswith("=IF(COUNT(")
    assert "SUM(" in ws[w["funds.total.adjusted"]].value
    assert ws.protection.sheet
    assert ws["A4"].protection.locked  # the 项目名称 label
    assert not ws[w["project.name"]].protection.locked
    assert rate.protection.locked
    tiers = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert tiers and tiers[0].formula1 == '"' + ",".join(TIERS) + '"'
    assert w["indicators[0].actual"] in str(tiers[0].sqref)
    assert "执行率 = 全年执行数 ÷ 全年预算数" in "".join(
        str(c.value) for c in wb["填表说明"]["A"] if c.value
    )


def recalculated(path: Path, tmp_path: Path) -> Path:
    """The workbook opened and saved by LibreOffice, which computes every formula."""
    profile = Path(tempfile.mkdtemp(prefix="lo-", dir=tmp_path)).as_uri()
    out = tmp_path / "lo"
    subprocess.run(
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / path.name


def test_a_filled_template_reads_back_with_computed_values(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(make(tmp_path))
    ws, w = wb["自评表"], refs("national-2020")
    ws["A2"] = "（2023年度）"
    values = {
        "project.name": "基层培训项目",
        "project.department": "某市财政局",
        "project.unit": "某市财政局绩效科",
        "funds.appropriation.initial": 100,
        "funds.appropriation.adjusted": 80,
        "funds.appropriation.executed": 60,
        "funds.other.adjusted": 20,
        "funds.other.executed": 20,
    }
    for path, value in values.items():
        ws[w[path]] = value
    for n in range(12):
        ws[w[f"indicators[{n}].name"]] = f"指标{n + 1}"
        ws[w[f"indicators[{n}].target"]] = "≥10个"
        ws[w[f"indicators[{n}].actual"]] = "10个" if n else TIERS[0]
        ws[w[f"indicators[{n}].weight"]] = 7.5
        ws[w[f"indicators[{n}].score"]] = 7.5
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    read = read_path(recalculated(filled, tmp_path))
    assert len(read) == 1 and read[0].findings == ()
    form = read[0].form
    assert (form.year, form.project.name) == (2023, "基层培训项目")
    total = form.funds.total
    assert (total.initial, total.adjusted, total.executed) == (D(100), D(100), D(80))
    assert (total.rate, total.score, total.weight) == (D("80.00"), D("8.00"), D(10))
    assert form.funds.appropriation.rate == D("75.00")
    assert form.funds.carryover.rate is None  # the formula's "" for a blank row reads as blank
    assert (form.total.weight, form.total.score) == (D(100), D("98.00"))
    assert form.indicators[0].actual == TIERS[0]
    report = check_form(form, get_policy("national-2020"), read[0].findings)
    assert not [f.code for f in report.findings if f.code.startswith(("E4", "E2", "E11", "READ"))]


def test_template_refuses_other_formats(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["template", "-o", str(tmp_path / "blank.pdf")])
    assert result.exit_code == 2 and "只能写成 .xlsx" in result.stderr
