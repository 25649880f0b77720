"""Legacy Word documents (.doc) to Tables: converted to .docx by LibreOffice headless, then read."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from jixiao.readers.base import ReadForm, UnreadableInput
from jixiao.readers.docx import read_docx
from jixiao.readers.grid.table import Table
from jixiao.readers.html import read_html
from jixiao.readers.limits import DEFAULT_LIMITS, Limits, check_file_size
from jixiao.readers.sniff import Kind, sniff_path

NO_LIBREOFFICE = "未安装 LibreOffice，无法读取 .doc 文件；请运行 bash scripts/setup"


def read_doc(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """The Tables of a .doc, chosen by content: a .docx or a web page saved as .doc is read as
    such, and RTF (Word's other .doc) goes through LibreOffice like a binary .doc."""
    check_file_size(path, limits)
    kind = sniff_path(path)
    if kind is Kind.DOCX:
        return read_docx(path, limits)
    if kind is Kind.HTML:
        return read_html(path, limits)
    if kind is Kind.ENCRYPTED_OFFICE:
        raise UnreadableInput("文档有密码保护，无法读取；请去掉密码后另存再提交")
    if kind not in (Kind.DOC, Kind.RTF):
        raise UnreadableInput("不是 Word 文档（.doc）（文件内容与扩展名不符或已损坏）")
    with tempfile.TemporaryDirectory(prefix="jixiao-doc-") as work:
        suffix = ".rtf" if kind is Kind.RTF else ".doc"
        converted = convert_with_libreoffice(path, "docx", Path(work), limits, suffix)
        return read_docx(converted, limits)


def load_doc(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[ReadForm]:
    """Every form in a .doc, found by the grid reader in its tables."""
    from jixiao.readers.grid import forms_in

    return forms_in(read_doc(path, limits), "文档中")


def soffice_binary() -> str | None:
    """The LibreOffice executable on PATH, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(
    path: Path, target: str, work: Path, limits: Limits, suffix: str | None = None
) -> Path:
    """Convert ``path`` to format ``target`` ('docx', 'xlsx') inside ``work``; return the new file.

    STACK.md: each conversion gets its own -env:UserInstallation profile, so parallel workers do
    not share (and lock) one profile; the whole process group is killed on timeout. ``suffix``
    is the format the content was sniffed as: LibreOffice goes by the name, and a .doc saved as
    .txt would otherwise be imported as plain text.
    """
    binary = soffice_binary()
    if binary is None:
        raise UnreadableInput(NO_LIBREOFFICE)
    source = work / f"input{suffix or path.suffix.lower() or '.bin'}"
    shutil.copyfile(path, source)  # an ASCII name: soffice mishandles some non-ASCII paths
    outdir = work / "out"
    command = [
        binary,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        str(source),
    ]
    _run(command, limits.convert_timeout_s)
    produced = sorted(outdir.glob(f"*.{target}")) if outdir.is_dir() else []
    if not produced:
        raise UnreadableInput("LibreOffice 无法转换此文件（文件可能已损坏或有密码保护）")
    return produced[0]


def _run(command: list[str], timeout: float) -> None:
    env = {**os.environ, "HOME": str(Path(command[1].split("=", 1)[1][7:]).parent)}
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        env=env,
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise UnreadableInput(f"LibreOffice 转换超时（超过 {timeout:.0f} 秒）") from exc
