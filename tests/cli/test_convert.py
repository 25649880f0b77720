"""``jixiao convert``: any format to jixiao.form/1 JSON; bad input writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli.main import app
from jixiao.model.jsonio import form_from_json

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "fixtures"
runner = CliRunner()


@pytest.mark.parametrize("name", ["seed.xlsx", "seed.pdf", "seed.docx", "seed.html"])
def test_convert_then_check_gives_the_same_findings(tmp_path: Path, name: str) -> None:
    out = tmp_path / "seed.json"
    result = runner.invoke(app, ["convert", str(FIXTURES / name), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    form = form_from_json(out.read_text(encoding="utf-8"))
    assert str(form.total.score) == "95.20" and len(form.indicators) == 21

    def codes(path: Path) -> list[tuple[str, str]]:
        data = json.loads(runner.invoke(app, ["check", str(path), "--json"]).stdout)
        return [(f["code"], f["path"]) for f in data["findings"]]

    assert codes(out) == codes(FIXTURES / name)


def test_several_forms_become_a_list(tmp_path: Path) -> None:
    out = tmp_path / "two.json"
    result = runner.invoke(app, ["convert", str(FIXTURES / "two-forms.docx"), "-o", str(out)])
    assert result.exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 2
    assert "2 张表" in result.stderr


def test_a_web_page_named_pdf_is_read_as_the_web_page_it_is(tmp_path: Path) -> None:
    out = tmp_path / "page.json"
    result = runner.invoke(
        app, ["convert", str(FIXTURES / "bad" / "html-named.pdf"), "-o", str(out)]
    )
    assert result.exit_code == 0
    assert form_from_json(out.read_text(encoding="utf-8")).project.name


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("zip-bomb.xlsx", "压缩炸弹"),
        ("truncated.xlsx", "已损坏"),
        ("empty-sheets.xlsx", "没有找到绩效自评表"),
        ("text-named.docx", "未找到绩效自评表"),
        ("scanned.pdf", "扫描件"),
        ("no-table.html", "没有表格"),
    ],
)
def test_unreadable_input_writes_nothing(tmp_path: Path, bad: str, message: str) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["convert", str(FIXTURES / "bad" / bad), "-o", str(out)])
    assert result.exit_code == 2
    assert "无法读取" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
