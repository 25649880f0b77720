"""Configurable bounds on what a reader accepts: file size, unzipped size, sheets, cells, pages."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from jixiao.readers.base import UnreadableInput

_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds that keep one bad file from taking unbounded time or memory (issue 3)."""

    max_file_bytes: int = 100 * _MB
    max_unzipped_bytes: int = 200 * _MB
    # A real .xlsx/.docx part compresses about 10:1; a ratio far above that is a zip bomb.
    max_zip_ratio: int = 200
    max_zip_members: int = 10_000
    max_sheets: int = 200
    max_rows: int = 20_000
    max_cells: int = 500_000
    max_pages: int = 1_000
    max_tables: int = 2_000
    convert_timeout_s: float = 120.0


DEFAULT_LIMITS = Limits()


def check_file_size(path: Path, limits: Limits = DEFAULT_LIMITS) -> int:
    """Return the file's size; refuse a file above ``max_file_bytes``."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableInput(f"无法读取文件：{exc.strerror or exc}") from exc
    if size > limits.max_file_bytes:
        raise UnreadableInput(
            f"文件过大（{size // _MB} MB，上限 {limits.max_file_bytes // _MB} MB）"
        )
    return size


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """Return the zip's member names; refuse a damaged zip or one that would unpack too large.

    The declared sizes in the central directory are summed before anything is decompressed, so a
    zip bomb is refused without inflating it; the ratio test catches a small file that claims a
    size just under the limit in a single member.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableInput("文件已损坏（不是有效的 Office 压缩包）") from exc
    if len(infos) > limits.max_zip_members:
        raise UnreadableInput(f"压缩包内文件过多（{len(infos)} 个）")
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if total > limits.max_unzipped_bytes:
        raise UnreadableInput(
            f"解压后过大（{total // _MB} MB，上限 {limits.max_unzipped_bytes // _MB} MB），"
            "疑似压缩炸弹"
        )
    if total > _MB and total > max(packed, 1) * limits.max_zip_ratio:
        raise UnreadableInput(f"压缩比异常（{total // max(packed, 1)}:1），疑似压缩炸弹")
    return [info.filename for info in infos]
