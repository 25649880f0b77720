"""Limits: oversized files and zip bombs are refused before anything is unpacked."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from jixiao.readers.base import UnreadableInput
from jixiao.readers.limits import Limits, check_file_size, check_zip


def test_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 3 * 1024 * 1024)
    assert check_file_size(path) == 3 * 1024 * 1024
    with pytest.raises(UnreadableInput, match="文件过大"):
        check_file_size(path, Limits(max_file_bytes=1024 * 1024))


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="无法读取文件"):
        check_file_size(tmp_path / "nope.xlsx")


def _zeros_zip(path: Path, megabytes: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * megabytes * 1024 * 1024)
    return path


def test_declared_size_above_limit_is_a_bomb(tmp_path: Path) -> None:
    path = _zeros_zip(tmp_path / "bomb.xlsx", 3)
    with pytest.raises(UnreadableInput, match="压缩炸弹"):
        check_zip(path, Limits(max_unzipped_bytes=2 * 1024 * 1024, max_zip_ratio=10_000))


def test_extreme_ratio_is_a_bomb(tmp_path: Path) -> None:
    path = _zeros_zip(tmp_path / "bomb.xlsx", 3)  # zeros deflate about 1000:1
    with pytest.raises(UnreadableInput, match="压缩比异常"):
        check_zip(path)


def test_normal_zip_passes(tmp_path: Path) -> None:
    path = tmp_path / "ok.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.xml", "<a>" + "项目" * 1000 + "</a>")
        archive.writestr("b.xml", "<b/>")
    assert check_zip(path) == ["a.xml", "b.xml"]


def test_corrupt_zip_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"garbage" * 50)
    with pytest.raises(UnreadableInput, match="已损坏"):
        check_zip(path)
