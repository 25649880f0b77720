"""The form, its computed scores, findings, the report and the scoring policy."""

from jixiao.model.finding import Finding, Severity, Source
from jixiao.model.form import (
    Form,
    Funds,
    FundsRow,
    Goals,
    Indicator,
    Project,
    Total,
)

__all__ = [
    "Finding",
    "Form",
    "Funds",
    "FundsRow",
    "Goals",
    "Indicator",
    "Project",
    "Severity",
    "Source",
    "Total",
]
