"""Scoring policy: the Part P settings of RULES.md and the jurisdiction profiles built from them."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Policy(BaseModel):
    """One profile's settings; every computed explanation names the setting it used."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    title: str = Field(description="Chinese name shown to users")
    reverse_method: Literal["ratio", "linear_deviation"] = "ratio"  # P1
    execution_method: Literal["proportional", "stepwise"] = "proportional"  # P2
    overachievement_ratio: Decimal = Decimal("1.2")  # P3
    overachievement_zero_target: Decimal | None = None  # P3, guangxi: B ≥ 30 when A = 0
    overachievement_explanation: Literal["warning", "error"] = "warning"  # P3
    qualitative_bands: tuple[Decimal, Decimal] = (Decimal("0.8"), Decimal("0.6"))  # P4
    level1_weights: dict[str, Decimal] | None = Field(  # P6; None = do not check the split
        default_factory=lambda: {
            "产出指标": Decimal(50),
            "效益指标": Decimal(30),
            "满意度指标": Decimal(10),
        }
    )
    execution_weight: Decimal = Decimal(10)  # R4
    deadline_missed: Literal["tier2", "per_month"] = "tier2"  # P10
    deadline_deduction_per_month: Decimal = Decimal(1)  # P10 per_month
    execution_explanation_below: Decimal = Decimal(100)  # P13, percent
    zero_budget_rate: Literal["zero", "full_if_both_zero"] = "zero"  # P14
    range_above: Literal["met", "strict"] = "met"  # P15
    tier_wording: Literal["年度", "预期"] = "年度"  # R16


NATIONAL = Policy(name="national-2020", title="全国 财预〔2020〕10号")

PROFILES: dict[str, Policy] = {
    p.name: p
    for p in (
        NATIONAL,
        NATIONAL.model_copy(
            update={"name": "beijing-2021", "title": "北京 京财绩效〔2020〕2146号"}
        ),
        NATIONAL.model_copy(
            update={
                "name": "sichuan-2023",
                "title": "四川 2023 部门预算项目支出绩效自评表",
                "level1_weights": None,
                "execution_explanation_below": Decimal(90),
            }
        ),
        NATIONAL.model_copy(
            update={
                "name": "guangxi",
                "title": "广西（系统实践）",
                "overachievement_ratio": Decimal("1.3"),
                "overachievement_zero_target": Decimal(30),
                "overachievement_explanation": "error",
            }
        ),
        NATIONAL.model_copy(
            update={
                "name": "jiangxi-2017",
                "title": "江西 2017（10号文之前）",
                "qualitative_bands": (Decimal("0.8"), Decimal("0.5")),
                "tier_wording": "预期",
            }
        ),
    )
}

DEFAULT_POLICY = NATIONAL.name


def get_policy(name: str | None) -> Policy:
    """The named profile; raises KeyError with the known names when it does not exist."""
    if name is None:
        return NATIONAL
    try:
        return PROFILES[name]
    except KeyError:
        known = "、".join(PROFILES)
        raise KeyError(f"未知的计分规则“{name}”，可选：{known}") from None
