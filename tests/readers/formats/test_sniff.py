"""Content sniffing: the kind comes from the bytes, whatever the suffix says."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from jixiao.readers.sniff import Kind, ole_stream_names, sniff_head, sniff_path

from .kit import FIXTURES, ole_file


def test_xlsx_named_docx_is_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "misleading.docx"
    openpyxl.Workbook().save(path)
    assert sniff_path(path) is Kind.XLSX


def test_docx_named_xlsx_is_docx(tmp_path: Path) -> None:
    path = tmp_path / "misleading.xlsx"
    docx.Document().save(str(path))
    assert sniff_path(path) is Kind.DOCX


def test_plain_zip_is_zip(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert sniff_path(path) is Kind.ZIP


def test_damaged_zip_is_zip(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert sniff_path(path) is Kind.ZIP


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (("Workbook",), Kind.XLS),
        (("Book",), Kind.XLS),
        (("WordDocument", "1Table"), Kind.DOC),
        (("EncryptionInfo", "EncryptedPackage"), Kind.ENCRYPTED_OFFICE),
        (("Something",), Kind.OLE),
    ],
)
def test_ole_kind_from_stream_names(tmp_path: Path, names: tuple[str, ...], kind: Kind) -> None:
    path = ole_file(tmp_path / "file.bin", *names)
    assert ole_stream_names(path.read_bytes())[1:] == list(names)
    assert sniff_path(path) is kind


@pytest.mark.parametrize(("name", "kind"), [("seed.xls", Kind.XLS), ("seed.doc", Kind.DOC)])
def test_fixture_ole_files(name: str, kind: Kind) -> None:
    assert sniff_path(FIXTURES / name) is kind


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", Kind.PDF),
        (b"\n\n%PDF-1.4", Kind.PDF),
        (b"<!DOCTYPE html><html>", Kind.HTML),
        (b"\xef\xbb\xbf<html><body>", Kind.HTML),
        (b"<TABLE border=1><tr><td>a</td></tr></TABLE>", Kind.HTML),
        ("<html>".encode("utf-16"), Kind.HTML),
        ("项目支出绩效自评表\n项目名称 测试".encode(), Kind.TEXT),
        ("项目支出绩效自评表".encode("gb18030"), Kind.TEXT),
        (b"   \n", Kind.EMPTY),
        (b"", Kind.EMPTY),
    ],
)
def test_sniff_head(head: bytes, kind: Kind) -> None:
    assert sniff_head(head) is kind


def test_ole_stream_names_of_garbage_is_empty() -> None:
    assert ole_stream_names(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600) == []
    assert ole_stream_names(b"not ole") == []
