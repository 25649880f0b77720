"""The evaluation of one form: each row's parsed target and actual, and the computed scores.

``scoring.evaluate(form, policy)`` builds this once; every check reads it instead of parsing cells
again. Parse failures are kept here (``target_error`` / ``actual_error``) so that a check can turn
them into ``info`` findings; they never raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.model.finding import Finding
from jixiao.model.form import Form, Indicator
from jixiao.model.policy import Policy
from jixiao.model.report import Computed
from jixiao.values.types import Actual, Target


@dataclass(frozen=True, slots=True)
class Row:
    """One indicator row with its parsed cells.

    ``category`` is the canonical second-level category (数量/质量/时效/成本/经济效益/社会效益/
    生态效益/可持续影响/满意度 …) and ``level1`` the canonical first-level one (产出指标/效益指标/
    满意度指标), with 成本 mapped under 产出 (P7).
    """

    index: int
    indicator: Indicator
    target: Target
    actual: Actual
    level1: str | None
    category: str | None
    target_error: str | None = None
    actual_error: str | None = None

    @property
    def path(self) -> str:
        return f"indicators[{self.index}]"


@dataclass(frozen=True, slots=True)
class Evaluation:
    """What scoring produced for a form, for the checks to read."""

    form: Form
    policy: Policy
    rows: tuple[Row, ...]
    computed: Computed
    findings: tuple[Finding, ...] = field(default=())  # findings raised while scoring, if any
