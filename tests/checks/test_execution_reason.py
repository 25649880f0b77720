"""E5 (funds): a low execution rate needs a reason where the template has a reason cell (P13)."""

import pytest

from jixiao.checks import execution_reason
from jixiao.model.policy import PROFILES

from .kit import form, funds, run

SICHUAN = PROFILES["sichuan-2023"]


@pytest.mark.parametrize(
    ("executed", "reason", "policy_name", "expected"),
    [
        ("190", "无", "national-2020", [("E5.no-execution-reason", "funds.total.reason")]),
        ("190", "/", "national-2020", [("E5.no-execution-reason", "funds.total.reason")]),
        ("190", "年底项目验收款未到支付期", "national-2020", []),
        ("190", "无", "sichuan-2023", []),  # 95% is above Sichuan's 90% (P13)
        ("170", "", "sichuan-2023", [("E5.no-execution-reason", "funds.total.reason")]),
        ("200", "无", "national-2020", []),
    ],
)
def test_reason_cell(executed: str, reason: str, policy_name: str, expected: list) -> None:
    rate = f"{int(executed) / 2:.2f}"
    block = funds(executed=executed, rate=rate, score=str(int(executed) / 20), reason=reason)
    assert run(execution_reason.check, form(funds_block=block), PROFILES[policy_name]) == expected


def test_template_without_reason_cell_owes_none() -> None:
    block = funds(executed="100", rate="50.00", score="5")
    assert run(execution_reason.check, form(funds_block=block), SICHUAN) == []
