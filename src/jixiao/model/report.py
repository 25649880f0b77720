"""What the engine computes for a form, and the report that carries it with the findings."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.finding import Finding
from jixiao.model.form import Form


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExecutionResult(_Record):
    """The budget-execution row by R7/R8/P2."""

    rate: Decimal | None = Field(None, description="computed 执行率 in percent, unrounded")
    score: Decimal | None = Field(None, description="computed 得分, rounded half-up to 2 dp")
    weight: Decimal | None = None
    explanation: str = ""


class IndicatorResult(_Record):
    """One indicator row's rule score, or the band the rules allow (qualitative, late deadline)."""

    index: int
    method: str = Field(description="positive / reverse / equal / range / deadline / qualitative …")
    scored: bool = Field(description="False for rows left out of scoring (P5)")
    score: Decimal | None = Field(None, description="rule score, rounded half-up to 2 dp")
    band_low: Decimal | None = Field(None, description="lowest score the rules allow")
    band_high: Decimal | None = Field(None, description="highest score the rules allow")
    explanation: str = ""


class TotalResult(_Record):
    """Computed totals (P5, P12)."""

    score: Decimal | None = Field(None, description="execution score + Σ rule scores")
    weight: Decimal | None = Field(None, description="execution weight + Σ weights of scored rows")
    rescaled: Decimal | None = Field(None, description="score / weight × 100 over applicable rows")
    explanation: str = ""


class GradeResult(_Record):
    """Grade by P8."""

    grade: str | None = None
    explanation: str = ""


class Computed(_Record):
    """Everything computed by the rules for one form."""

    policy: str
    execution: ExecutionResult = Field(default_factory=ExecutionResult)
    indicators: tuple[IndicatorResult, ...] = ()
    total: TotalResult = Field(default_factory=TotalResult)
    grade: GradeResult = Field(default_factory=GradeResult)


class Report(_Record):
    """The form, what was computed and what was found: the unit of ``jixiao check --json``."""

    form: Form
    computed: Computed
    findings: tuple[Finding, ...] = ()
    file: str | None = Field(None, description="the input file the form came from")
    form_index: int = Field(0, description="position of this form within its file")

    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)
