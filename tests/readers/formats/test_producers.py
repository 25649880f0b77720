"""Fixtures from real producers that must be refused (locked files) or read (Word's web page)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli.main import app
from jixiao.model.form import Form
from jixiao.readers import UnreadableInput, read_path

from .kit import FIXTURES

PDF_LOCKED = "PDF 已加密，需要密码才能打开；请提供未加密的文件"
BOOK_LOCKED = "工作簿有密码保护，无法读取；请去掉密码后另存再提交"
WORD_LOCKED = "文档有密码保护，无法读取；请去掉密码后另存再提交"
LOCKED = [
    ("encrypted.pdf", PDF_LOCKED),  # LibreOffice PDF export with an open password
    ("password.xlsx", BOOK_LOCKED),  # LibreOffice Calc, Excel 2007 XML saved with a password
    ("password.xls", BOOK_LOCKED),  # LibreOffice Calc, Excel 97 saved with a password
    ("password.docx", WORD_LOCKED),  # LibreOffice Writer, Word 2007 XML saved with a password
    ("password.doc", WORD_LOCKED),  # Word 97 with a password: the FIB's fEncrypted flag
]
runner = CliRunner()


@pytest.mark.parametrize(("name", "message"), LOCKED)
def test_locked_file_gives_its_exact_message(name: str, message: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_path(FIXTURES / "bad" / name)
    assert caught.value.message == message


@pytest.mark.parametrize(("name", "message"), LOCKED)
def test_check_exits_two_and_goes_on_with_the_batch(name: str, message: str) -> None:
    locked = FIXTURES / "bad" / name
    result = runner.invoke(app, ["check", str(locked), str(FIXTURES / "clean-word.html")])
    assert result.exit_code == 2
    assert f"{locked}：无法读取 — {message}" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "基层预算绩效管理能力培训项目" in result.stdout


@pytest.mark.parametrize(("name", "message"), LOCKED)
def test_convert_writes_nothing(tmp_path: Path, name: str, message: str) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["convert", str(FIXTURES / "bad" / name), "-o", str(out)])
    assert result.exit_code == 2 and message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_word_web_page_reads_the_whole_form() -> None:
    page = FIXTURES / "clean-word.html"
    head = page.read_bytes()[:2000]
    assert b"charset=gb2312" in head and b"Microsoft Word" in head and b"mso-" in head
    expected = json.loads((FIXTURES / "clean-word.expected.json").read_text(encoding="utf-8"))
    [read] = read_path(page)
    assert read.form.model_copy(update={"sources": {}}) == Form.model_validate(expected[0])
    assert read.findings == ()
    # the title and year are paragraphs above the table; the label cell is two paragraphs
    assert read.form.title == "项目支出绩效自评表" and read.form.year == 2023
    assert read.form.source_of("funds.total.executed") is not None
