"""read → score → check: the one orchestration function; a bad file or rule never kills a batch."""

from __future__ import annotations

import errno
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jixiao.checks import run_checks
from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Form
from jixiao.model.policy import Policy
from jixiao.model.report import Computed, GradeResult, Report, TotalResult
from jixiao.readers import read_path
from jixiao.readers.base import NONSTANDARD_CODE, TRUNCATED_CODE, UnreadableInput
from jixiao.scoring import evaluate


@dataclass(frozen=True)
class FileResult:
    """What came of one input file: its reports, or why it could not be read."""

    path: Path
    reports: tuple[Report, ...] = ()
    error: str | None = None  # Chinese message when the file could not be read at all
    failed: bool = False  # the error was our own (a reader bug), not the file's


def check_form(form: Form, policy: Policy, reader_findings: Iterable[Finding] = ()) -> Report:
    """Score and check one form; reader findings come first in the report."""
    found = tuple(reader_findings)
    if any(f.code == NONSTANDARD_CODE for f in found):
        # A rubric or data sheet is not a standard form full of errors (corpus README): no scoring.
        return Report(form=form, computed=Computed(policy=policy.name), findings=found)
    try:
        ev = evaluate(form, policy)
        checked = run_checks(ev)
    except Exception as exc:  # the batch must go on; the failure is reported
        return Report(
            form=form,
            computed=Computed(policy=policy.name),
            findings=(*found, _engine_failure(exc)),
        )
    computed = ev.computed
    if any(f.code == TRUNCATED_CODE for f in found):
        computed = _without_total(computed)
    return Report(form=form, computed=computed, findings=(*found, *ev.findings, *checked))


def _without_total(computed: Computed) -> Computed:
    """A form cut off before 总分 is a part: its rows are scored, but not totalled or graded."""
    note = "文本在总分之前结束，表不完整，不计算总分"
    return computed.model_copy(
        update={
            "total": TotalResult(explanation=f"{note}（R1）"),
            "grade": GradeResult(explanation=f"{note}，不评定等级（P8）"),
        }
    )


def check_file(path: Path, policy: Policy) -> FileResult:
    """Read a file and check every form in it; an unreadable file becomes a message, not a crash."""
    try:
        read = read_path(path)
    except UnreadableInput as exc:
        return FileResult(path=path, error=exc.message)
    except OSError as exc:
        return FileResult(path=path, error=_os_message(exc))
    except Exception as exc:  # a reader bug must not stop the other files
        message = f"读取时发生内部错误：{type(exc).__name__}: {exc}"
        return FileResult(path=path, error=message, failed=True)
    reports = tuple(
        check_form(r.form, policy, r.findings).model_copy(
            update={"file": str(path), "form_index": i}
        )
        for i, r in enumerate(read)
    )
    return FileResult(path=path, reports=reports)


def check_files(paths: Iterable[Path], policy: Policy) -> Iterator[FileResult]:
    """Check files one after another, in order."""
    for path in paths:
        yield check_file(path, policy)


_OS_MESSAGES = {
    errno.ENOENT: "文件不存在",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.EACCES: "没有读取该文件的权限",
    errno.EPERM: "没有读取该文件的权限",
}


def _os_message(exc: OSError) -> str:
    known = _OS_MESSAGES.get(exc.errno or 0)
    return known or f"无法打开文件（{exc.strerror or exc}）"


def _engine_failure(exc: Exception) -> Finding:
    return Finding(
        code="ENGINE.failed",
        severity=Severity.INFO,
        path="",
        message=f"计分或审核过程出错，本表结果不完整：{type(exc).__name__}: {exc}",
        rule="-",
    )
