"""``jixiao convert … -o OUT.xlsx|.html|.pdf``: files, messages, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli.main import app
from jixiao.model.jsonio import dumps
from jixiao.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
SEED_JSON = ROOT / "examples" / "seed-2021-zgc.json"
FIXTURES = ROOT / "tests" / "data" / "fixtures"
runner = CliRunner()


@pytest.mark.parametrize("suffix", [".xlsx", ".html", ".pdf"])
def test_convert_writes_the_official_form(suffix: str, tmp_path: Path) -> None:
    out = tmp_path / f"seed{suffix}"
    result = runner.invoke(
        app, ["convert", str(SEED_JSON), "-o", str(out), "--layout", "beijing-2021"]
    )
    assert result.exit_code == 0, result.stderr
    assert "已写入" in result.stderr
    back = read_path(out)[0].form.model_copy(update={"sources": {}})
    assert dumps(back) == dumps(read_path(SEED_JSON)[0].form.model_copy(update={"sources": {}}))
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_convert_annotate_marks_the_findings(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    result = runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(out), "--annotate"])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "审核意见（共 22 条）" in page and "mark-error" in page


@pytest.mark.parametrize("suffix", [".xlsx", ".html", ".pdf"])
def test_several_forms_become_sheets_or_pages_of_one_document(suffix: str, tmp_path: Path) -> None:
    source = FIXTURES / "two-forms.docx"
    out = tmp_path / f"two{suffix}"
    result = runner.invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    plain = [dumps(r.form.model_copy(update={"sources": {}})) for r in read_path(source)]
    assert [dumps(r.form.model_copy(update={"sources": {}})) for r in read_path(out)] == plain


def test_a_layout_without_a_column_warns(tmp_path: Path) -> None:
    source = FIXTURES / "sichuan-004.xlsx"
    out = tmp_path / "national.xlsx"
    result = runner.invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "national-2020 版式没有“指标性质”栏" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "x.docx"], "不支持的输出格式“.docx”"),
        (["-o", "x.pdf", "--layout", "hainan"], "没有名为 hainan 的版式"),
        (["-o", "x.pdf", "--annotate", "--policy", "nowhere"], "nowhere"),
    ],
)
def test_bad_options_are_refused_and_nothing_is_written(
    args: list[str], message: str, tmp_path: Path
) -> None:
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    result = runner.invoke(app, ["convert", str(SEED_JSON), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unreadable_input_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out.xlsx"
    result = runner.invoke(app, ["convert", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert "无法读取" in result.stderr
    assert not out.exists()


def test_annotated_json_is_the_check_report(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    result = runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(out), "--annotate"])
    assert result.exit_code == 0, result.stderr
    checked = runner.invoke(app, ["check", str(SEED_JSON), "--json"]).stdout
    written = json.loads(out.read_text(encoding="utf-8"))
    expected = json.loads(checked)
    assert written["findings"] == expected["findings"]
    assert written["computed"] == expected["computed"]


@pytest.mark.parametrize("command", ["convert", "template"])
def test_an_output_folder_that_does_not_exist_is_a_message(command: str, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "form.xlsx"
    args = [str(SEED_JSON), "-o", str(out)] if command == "convert" else ["-o", str(out)]
    result = runner.invoke(app, [command, *args])
    assert result.exit_code == 2
    assert "无法写入" in result.stderr
