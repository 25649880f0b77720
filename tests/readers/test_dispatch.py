"""read_path picks the reader by content, whatever the suffix says."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from jixiao.readers import read_path
from jixiao.readers.base import UnreadableInput

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "fixtures"


@pytest.mark.parametrize(
    "name", ["seed.pdf", "seed.xlsx", "seed.xls", "seed.docx", "seed.doc", "seed.html"]
)
def test_a_form_is_read_whatever_its_suffix(tmp_path: Path, name: str) -> None:
    disguised = tmp_path / "下载的文件.txt"
    shutil.copy(FIXTURES / name, disguised)
    (read,) = read_path(disguised)
    assert read.form.project.name == "中关村特色园区建设及专业服务能力提升支持资金项目"
    assert str(read.form.total.score) == "95.20"


def test_sources_point_at_cells_in_structured_files() -> None:
    (xlsx,) = read_path(FIXTURES / "seed.xlsx")
    assert xlsx.form.sources["indicators[11].score"].cell == "Sheet!H25"
    (docx,) = read_path(FIXTURES / "seed.docx")
    assert docx.form.sources["total.score"].cell == "表格1 R35C8"
    (pdf,) = read_path(FIXTURES / "seed.pdf")
    box = pdf.form.sources["total.score"]
    assert box.page == 2 and box.cell is not None and box.cell.count(",") == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "空文件"), (b"PK\x03\x04" + b"\x00" * 60, "")],
    ids=["empty", "broken-zip"],
)
def test_unreadable_containers_are_chinese_messages(
    tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    with pytest.raises(UnreadableInput) as err:
        read_path(bad)
    assert message in err.value.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err.value.message)


def test_missing_format_libraries_say_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def without_pdf(name: str, *args: object) -> object:
        if name == "jixiao.readers.pdf":
            raise ImportError(name="pdfplumber")
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", without_pdf)
    with pytest.raises(UnreadableInput) as err:
        read_path(FIXTURES / "seed.pdf")
    assert "jixiao[formats]" in err.value.message
