"""What the batch report shows, as plain values: the store's queries fill it, the report draws."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# The inflation quadrant (E10): a 优 self-score with most of the budget unspent.
HIGH_SCORE = Decimal(90)
LOW_RATE = Decimal(60)


@dataclass(frozen=True)
class FormPoint:
    """One form as the report plots and lists it."""

    form_id: int
    project: str
    unit: str
    department: str
    year: int | None
    self_score: Decimal | None
    computed_score: Decimal | None
    execution_rate: Decimal | None
    grade: str
    computed_grade: str
    errors: int
    warnings: int
    file: str
    form_index: int = 0

    @property
    def inflated(self) -> bool:
        return (
            self.self_score is not None
            and self.execution_rate is not None
            and self.self_score >= HIGH_SCORE
            and self.execution_rate < LOW_RATE
        )

    @property
    def gap(self) -> Decimal | None:
        """Self-score above the rule score: how much the unit scored itself up."""
        if self.self_score is None or self.computed_score is None:
            return None
        return self.self_score - self.computed_score

    @property
    def suspicion(self) -> Decimal:
        """Rank for 'most suspicious': errors weigh most, then the score gap, then inflation."""
        gap = max(self.gap or Decimal(0), Decimal(0))
        return Decimal(self.errors * 10 + self.warnings * 2) + gap + (20 if self.inflated else 0)


@dataclass(frozen=True)
class GroupRow:
    """Forms of one department, unit or year."""

    key: str
    forms: int
    mean_self: Decimal | None
    mean_computed: Decimal | None
    errors: int
    warnings: int


@dataclass(frozen=True)
class CodeCount:
    code: str
    severity: str
    forms: int  # forms with at least one such finding
    findings: int


@dataclass(frozen=True)
class IndicatorEntry:
    """One distinct indicator across the batch (the indicator library's row)."""

    level1: str
    level2: str
    name: str
    forms: int
    units: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()  # the most frequent printed targets, most frequent first
    kinds: tuple[str, ...] = ()  # how those targets are scored: 正向, 反向, 区间, 时限, 定性 …


@dataclass(frozen=True)
class BatchSummary:
    files_by_status: dict[str, int]
    reasons: list[tuple[str, str, int]]  # (status, reason, files) for files without forms
    forms: int
    points: list[FormPoint]
    codes: list[CodeCount]
    by_region: list[GroupRow] = field(default_factory=list)  # by folder: 地区 or 部门
    by_department: list[GroupRow] = field(default_factory=list)
    by_unit: list[GroupRow] = field(default_factory=list)
    by_year: list[GroupRow] = field(default_factory=list)
    indicators: list[IndicatorEntry] = field(default_factory=list)
    indicator_total: int = 0
    nonstandard: int = 0  # rubrics, data sheets and other templates: recorded, not scored

    def suspicious(self, n: int = 30) -> list[FormPoint]:
        ranked = sorted(self.points, key=lambda p: (-p.suspicion, p.form_id))
        return [p for p in ranked[:n] if p.suspicion > 0]

    @property
    def inflated(self) -> int:
        return sum(1 for p in self.points if p.inflated)
