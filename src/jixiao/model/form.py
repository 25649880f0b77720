"""The 项目支出绩效自评表 as an immutable typed record: the ``jixiao.form/1`` contract (PRODUCT.md).

Numbers are ``Decimal`` exactly as printed (5.30 keeps its two decimals); blank and dash cells are
``None``; text cells keep the form's text with wrapped lines joined.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.finding import Source

SCHEMA_ID = "jixiao.form/1"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Project(_Record):
    """Header fields (R1). Beijing adds 项目负责人 and 联系电话."""

    name: str | None = Field(None, description="项目名称")
    code: str | None = Field(None, description="项目编码")
    department: str | None = Field(None, description="主管部门")
    unit: str | None = Field(None, description="实施单位")
    leader: str | None = Field(None, description="项目负责人")
    phone: str | None = Field(None, description="联系电话")


class FundsRow(_Record):
    """One row of the funds block (R2); amounts in the block's unit (万元 unless said otherwise)."""

    label: str = Field(description="the row label as printed, e.g. 其中:当年财政拨款")
    initial: Decimal | None = Field(None, description="年初预算数")
    adjusted: Decimal | None = Field(None, description="全年预算数 = 调整后预算数 (R7 denominator)")
    executed: Decimal | None = Field(None, description="全年执行数")
    weight: Decimal | None = Field(None, description="分值 (only the total row carries it)")
    rate: Decimal | None = Field(None, description="执行率 as the printed percent number (53.02)")
    score: Decimal | None = Field(None, description="得分")
    reason: str | None = Field(None, description="原因 (Sichuan) — why the rate is low")


def _empty_row(label: str) -> FundsRow:
    return FundsRow(label=label)


class Funds(_Record):
    """项目资金: the total row, the three national breakdown rows and any other rows."""

    unit: str = Field("万元", description="unit of the amounts as printed: 万元 or 元")
    total: FundsRow = Field(default_factory=lambda: _empty_row("年度资金总额"))
    appropriation: FundsRow = Field(default_factory=lambda: _empty_row("其中:当年财政拨款"))
    carryover: FundsRow = Field(default_factory=lambda: _empty_row("上年结转资金"))
    other: FundsRow = Field(default_factory=lambda: _empty_row("其他资金"))
    extra_rows: tuple[FundsRow, ...] = Field(
        (), description="rows outside the national template (财政专户管理资金, 单位资金 …)"
    )

    def breakdown(self) -> tuple[FundsRow, ...]:
        """The rows that should add up to the total (R2)."""
        return (self.appropriation, self.carryover, self.other, *self.extra_rows)


class Goals(_Record):
    """年度总体目标."""

    expected: str | None = Field(None, description="预期目标")
    actual: str | None = Field(None, description="实际完成情况")


class Indicator(_Record):
    """One third-level indicator row of the 绩效指标 table."""

    level1: str | None = Field(None, description="一级指标 as printed")
    level2: str | None = Field(None, description="二级指标 as printed")
    name: str | None = Field(None, description="三级指标")
    target: str | None = Field(None, description="年度指标值, raw text")
    actual: str | None = Field(None, description="实际完成值, raw text")
    weight: Decimal | None = Field(None, description="分值; None when printed as - — / or blank")
    score: Decimal | None = Field(None, description="得分; None when printed as - — / or blank")
    deviation: str | None = Field(None, description="偏差原因分析及改进措施")
    nature: str | None = Field(None, description="指标性质 column (Sichuan): the operator")
    unit: str | None = Field(None, description="度量单位 column (Sichuan)")
    applicable: bool = Field(True, description="False only with an explicit 不适用 marker (P5)")


class Total(_Record):
    """总分 row."""

    weight: Decimal | None = Field(None, description="总分's 分值, normally 100")
    score: Decimal | None = Field(None, description="总分's 得分 as printed")


class Form(_Record):
    """A whole self-evaluation form (``jixiao.form/1``)."""

    schema_: Literal["jixiao.form/1"] = Field("jixiao.form/1", alias="schema")
    kind: Literal["project", "department"] = "project"
    title: str | None = Field(None, description="表名, e.g. 项目支出绩效自评表")
    year: int | None = Field(None, description="年度")
    project: Project = Field(default_factory=Project)
    funds: Funds = Field(default_factory=Funds)
    goals: Goals = Field(default_factory=Goals)
    indicators: tuple[Indicator, ...] = ()
    total: Total = Field(default_factory=Total)
    grade: str | None = Field(None, description="自评等级 优/良/中/差 when printed")
    level1_weights: dict[str, Decimal] = Field(
        default_factory=dict, description="weights printed in first-level labels: 产出指标(50分)"
    )
    notes: tuple[str, ...] = Field((), description="注 text printed under the table")
    sources: dict[str, Source] = Field(
        default_factory=dict, description="model path → where the value was read"
    )

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def source_of(self, path: str) -> Source | None:
        """Where a model path was read, falling back to its row ('indicators[3]')."""
        if path in self.sources:
            return self.sources[path]
        row = path.rsplit(".", 1)[0]
        return self.sources.get(row)
