"""``jixiao policies``: the scoring profiles and how each differs from the national default."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from jixiao.model.policy import DEFAULT_POLICY, NATIONAL, PROFILES


def command() -> None:
    table = Table(title="计分规则（--policy）", show_lines=False)
    table.add_column("名称")
    table.add_column("说明")
    table.add_column("与 national-2020 不同的设置")
    base = NATIONAL.model_dump()
    for name, policy in PROFILES.items():
        diff = {k: v for k, v in policy.model_dump().items() if k not in ("name", "title")}
        changed = [f"{k}={_show(v)}" for k, v in diff.items() if base.get(k) != v]
        label = f"{name}（默认）" if name == DEFAULT_POLICY else name
        table.add_row(label, policy.title, "；".join(changed) or "—")
    Console().print(table)


def _show(value: object) -> str:
    if isinstance(value, tuple | list):
        return "/".join(str(v) for v in value)
    return str(value)
