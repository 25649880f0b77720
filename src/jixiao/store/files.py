"""Uploads: size-limited, sniffed by content, read, and only then kept outside the web root.

A file is written to a private temporary name first; only a file that holds at least one readable
form is moved into ``uploads/<2 hex>/<sha256>``, so a broken upload leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from jixiao.readers import ReadForm, UnreadableInput, read_path
from jixiao.readers.sniff import Kind, sniff_path
from jixiao.store.forms import create_form
from jixiao.store.models import Evidence, FormRecord, Origin, StoredFile, User

# 佐证材料 kinds, told by content: documents and images only. Anything a browser could run as a
# page (HTML, SVG, scripts) is refused even though downloads are sent as attachments.
_EVIDENCE_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
)
_EVIDENCE_KINDS = {
    Kind.PDF: "pdf",
    Kind.XLSX: "xlsx",
    Kind.DOCX: "docx",
    Kind.XLS: "xls",
    Kind.DOC: "doc",
}

_SAFE_SUFFIXES = {
    ".pdf",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".docx",
    ".doc",
    ".rtf",
    ".html",
    ".htm",
    ".txt",
    ".json",
}


class UploadRejected(Exception):
    """The upload is refused; ``message`` says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Upload:
    name: str
    size: int
    chunks: Iterable[bytes]


def upload_root() -> Path:
    return Path(settings.JIXIAO_UPLOAD_DIR)


def import_upload(user: User, upload: Upload) -> list[FormRecord]:
    """Every form in the uploaded file as a new draft of the user's unit; UploadRejected if none."""
    limit = settings.JIXIAO_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise UploadRejected(f"文件过大（{upload.size // 1024} KB），上限为 {limit // 1048576} MB")
    temp = _write_temp(upload, limit)
    try:
        kind, forms = _read(temp)
        stored = _keep(temp, upload, kind, user)
    finally:
        temp.unlink(missing_ok=True)
    try:
        with transaction.atomic():
            return [
                create_form(
                    user,
                    rf.form,
                    Origin.UPLOAD,
                    source_file=stored,
                    form_index=i,
                    reader_findings=rf.findings,
                )
                for i, rf in enumerate(forms)
            ]
    except BaseException:
        _forget(stored)
        raise


def attach_evidence(user: User, record: FormRecord, row: int | None, upload: Upload) -> Evidence:
    """Keep a 佐证材料 file for one row of the form; UploadRejected for other kinds of file."""
    limit = settings.JIXIAO_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise UploadRejected(f"文件过大（{upload.size // 1024} KB），上限为 {limit // 1048576} MB")
    temp = _write_temp(upload, limit)
    try:
        kind = _evidence_kind(temp)
        if kind is None:
            raise UploadRejected("佐证材料只接受 PDF、图片（PNG/JPEG）、Excel 或 Word 文件")
        stored = _keep_as(temp, upload, kind, user)
    finally:
        temp.unlink(missing_ok=True)
    try:
        return Evidence.objects.create(form=record, row=row, file=stored, uploaded_by=user)
    except BaseException:
        _forget(stored)
        raise


def stored_path(stored: StoredFile) -> Path:
    return upload_root() / stored.relpath


def _evidence_kind(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(16)
    for magic, kind in _EVIDENCE_MAGIC:
        if head.startswith(magic):
            return kind
    return _EVIDENCE_KINDS.get(sniff_path(path))


def _write_temp(upload: Upload, limit: int) -> Path:
    tmp_dir = upload_root() / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    # The reader needs the suffix only to tell an encrypted workbook from a document.
    suffix = Path(upload.name).suffix.lower()
    fd, name = tempfile.mkstemp(dir=tmp_dir, suffix=suffix if suffix in _SAFE_SUFFIXES else "")
    written = 0
    with os.fdopen(fd, "wb") as out:
        for chunk in upload.chunks:
            written += len(chunk)
            if written > limit:
                out.close()
                Path(name).unlink(missing_ok=True)
                raise UploadRejected(f"文件过大，上限为 {limit // 1048576} MB")
            out.write(chunk)
    return Path(name)


def _read(path: Path) -> tuple[Kind, list[ReadForm]]:
    kind = sniff_path(path)  # by content: a renamed .exe is not taken for a workbook
    try:
        forms = read_path(path)
    except UnreadableInput as exc:
        raise UploadRejected(f"无法读取此文件：{exc.message}") from None
    except Exception as exc:  # a reader bug must come back as a message, not a server error
        raise UploadRejected(f"读取时发生内部错误（{type(exc).__name__}），文件未保存") from None
    if not forms:
        raise UploadRejected("文件中没有找到自评表")
    return kind, forms


def _keep(temp: Path, upload: Upload, kind: Kind, user: User) -> StoredFile:
    return _keep_as(temp, upload, kind.value, user)


def _keep_as(temp: Path, upload: Upload, kind: str, user: User) -> StoredFile:
    digest = hashlib.sha256(temp.read_bytes()).hexdigest()
    rel = f"{digest[:2]}/{digest}"
    target = upload_root() / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        os.replace(temp, target)
    return StoredFile.objects.create(
        sha256=digest,
        name=Path(upload.name).name[:255],
        size=upload.size,
        kind=kind,
        relpath=rel,
        uploaded_by=user,
    )


def _forget(stored: StoredFile) -> None:
    """Undo ``_keep`` when the forms could not be saved: nothing half-saved stays behind."""
    others = StoredFile.objects.filter(sha256=stored.sha256).exclude(pk=stored.pk).exists()
    stored.delete()
    if not others:
        (upload_root() / stored.relpath).unlink(missing_ok=True)
