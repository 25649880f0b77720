"""Findings are values: a code, a severity, a model path, a Chinese message and the rule cited."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    """How a reviewer ranks a finding."""

    ERROR = "error"  # the form is wrong
    WARNING = "warning"  # needs an explanation or a review
    INFO = "info"  # worth knowing

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]


class Source(BaseModel):
    """Where a value was read in the input: a text line, a page, a cell."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    line: int | None = Field(None, description="1-based line in a text input")
    page: int | None = Field(None, description="1-based page in a PDF")
    cell: str | None = Field(None, description="cell reference, e.g. Sheet1!C7")

    def describe(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"第{self.page}页")
        if self.line is not None:
            parts.append(f"第{self.line}行")
        if self.cell:
            parts.append(self.cell)
        return "".join(parts)


class Finding(BaseModel):
    """One problem found on a form."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="stable code, e.g. E1.score-above-weight")
    severity: Severity
    path: str = Field(description="model path, e.g. indicators[11].score")
    message: str = Field(description="Chinese message citing the rule")
    rule: str = Field(description="RULES.md id, e.g. E1 / R19")
    source: Source | None = None
