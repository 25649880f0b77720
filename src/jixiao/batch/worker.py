"""One file to one ``FileOutcome``, in a worker process: never an exception, always a reason."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from jixiao.batch.digest import digest
from jixiao.batch.discover import content_hash
from jixiao.batch.outcome import FileOutcome, FileStatus
from jixiao.model.policy import get_policy
from jixiao.pipeline import check_file
from jixiao.readers import READERS
from jixiao.readers.sniff import Kind, sniff_path

# Text-like files are read only under these names: a folder of source code, CSV exports or
# notes is not a pile of unreadable forms, and an image sniffs as "text" by its head alone.
_TEXT_SUFFIXES = {".txt", ".json", ".htm", ".html", ""}


_known: frozenset[str] = frozenset()  # content hashes done by earlier runs (set per worker)


def set_known(known: frozenset[str]) -> None:
    """The content hashes to skip: files an earlier run of the batch recorded."""
    global _known
    _known = known


def init_worker(known: frozenset[str]) -> None:
    """Ctrl-C is the parent's to handle: it stops the pool and leaves the database consistent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    set_known(known)


def process(job: tuple[str, str]) -> FileOutcome:
    """Read and check the file of ``job`` = (path, policy name)."""
    path_text, policy_name = job
    path = Path(path_text)
    start = time.perf_counter()
    try:
        size = path.stat().st_size
        sha256 = content_hash(path)
        kind = sniff_path(path)
    except OSError as exc:
        reason = _os_reason(exc)
        return FileOutcome(path_text, "", 0, "", FileStatus.UNREADABLE, reason=reason)
    base = {"path": path_text, "sha256": sha256, "size": size}
    if sha256 in _known:
        return FileOutcome(**base, kind=kind.value, status=FileStatus.SKIPPED)
    suffix = path.suffix.lower()
    if kind == Kind.TEXT and suffix not in _TEXT_SUFFIXES and suffix not in READERS:
        reason = f"不支持的文件类型（{suffix}）"
        return FileOutcome(**base, kind=kind.value, status=FileStatus.UNSUPPORTED, reason=reason)
    result = check_file(path, get_policy(policy_name))
    seconds = time.perf_counter() - start
    if result.error is not None:
        status = FileStatus.FAILED if result.failed else FileStatus.UNREADABLE
        return FileOutcome(
            **base, kind=kind.value, status=status, reason=result.error, seconds=seconds
        )
    return FileOutcome(
        **base,
        kind=kind.value,
        status=FileStatus.OK,
        digests=tuple(digest(r) for r in result.reports),
        seconds=seconds,
    )


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹，不是文件"
    if isinstance(exc, PermissionError):
        return "没有读取该文件的权限"
    return f"无法打开文件（{exc.strerror or exc}）"
