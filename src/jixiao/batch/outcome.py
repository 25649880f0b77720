"""What one file of a batch came to: its forms' reports, or the recorded reason it has none."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from jixiao.batch.digest import FormDigest


class FileStatus(StrEnum):
    """A file's fate in a batch; the Chinese label is what reports and exports show."""

    OK = "ok"  # at least one form was read and checked
    UNREADABLE = "unreadable"  # a reader refused it: damaged, encrypted, scanned, not a form …
    UNSUPPORTED = "unsupported"  # a type we do not read (images, archives, …): not opened
    DUPLICATE = "duplicate"  # the same bytes as a file seen before in this batch
    FAILED = "failed"  # an internal error while reading or checking: a bug to report
    SKIPPED = "skipped"  # processed by an earlier run (same content hash): not read again

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    FileStatus.OK: "已审核",
    FileStatus.UNREADABLE: "无法读取",
    FileStatus.UNSUPPORTED: "不支持的文件类型",
    FileStatus.DUPLICATE: "重复文件",
    FileStatus.FAILED: "内部错误",
    FileStatus.SKIPPED: "此前已处理",
}


@dataclass(frozen=True)
class FileOutcome:
    """One file's result. ``reason`` is a Chinese sentence whenever ``digests`` is empty."""

    path: str
    sha256: str
    size: int
    kind: str
    status: FileStatus
    reason: str = ""
    digests: tuple[FormDigest, ...] = field(default=())
    seconds: float = 0.0
    region: str = ""  # the first folder below the one given to the batch (see discover)

    @property
    def forms(self) -> int:
        return len(self.digests)

    @property
    def errors(self) -> int:
        """Error findings over the file's forms (the progress bar shows their sum)."""
        return sum(d.errors for d in self.digests)
