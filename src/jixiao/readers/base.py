"""What every reader returns: the forms it read with their reader findings, or UnreadableInput."""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.model.finding import Finding, Severity, Source
from jixiao.model.form import Form

# The pipeline skips rule scoring for a form carrying this finding (corpus README: rubrics, data
# sheets and fragments are not standard forms full of errors).
NONSTANDARD_CODE = "READ.nonstandard"
# A form whose text ends before 总分: the pipeline does not total or grade what is only a part.
TRUNCATED_CODE = "READ.truncated"


@dataclass(frozen=True)
class ReadForm:
    """One form read from an input, the reader's own findings, and a label such as 第2张表."""

    form: Form
    findings: tuple[Finding, ...] = ()
    label: str | None = None


class UnreadableInput(Exception):
    """The input holds no readable form; ``message`` says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def reader_finding(
    code: str,
    message: str,
    *,
    line: int | None = None,
    path: str = "",
    severity: Severity = Severity.INFO,
    source: Source | None = None,
) -> Finding:
    """A reader finding: what could not be read, and where; it cites R1 (the form's sections)."""
    return Finding(
        code=code,
        severity=severity,
        path=path,
        message=message,
        rule="R1",
        source=source if source is not None else (Source(line=line) if line is not None else None),
    )
