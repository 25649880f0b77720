"""The batch report as one standalone HTML page (charts inline, no network), from a BatchSummary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

from jixiao.batch import charts
from jixiao.batch.outcome import FileStatus
from jixiao.batch.summary import BatchSummary, FormPoint

_SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("jixiao.batch", "templates"),
        autoescape=select_autoescape(["html"]),  # form text is hostile until proven otherwise
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = _num
    env.filters["severity"] = lambda s: _SEVERITY_LABELS.get(s, s)
    env.filters["status"] = lambda s: FileStatus(s).label
    return env


def _num(value: Decimal | int | None, places: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{places}f}"


def render_report(
    summary: BatchSummary,
    *,
    title: str = "绩效自评表批量审计报告",
    scope: str = "",
    link: Callable[[FormPoint], str | None] = lambda _p: None,
    now: datetime | None = None,
) -> str:
    """The whole report; ``link`` gives each listed form's annotated page, if one was written."""
    template = _environment().get_template("report.html")
    return template.render(
        title=title,
        scope=scope,
        generated=(now or datetime.now()).strftime("%Y-%m-%d %H:%M"),
        s=summary,
        suspicious=summary.suspicious(),
        link=link,
        charts={
            "scores": charts.score_histogram(summary.points),
            "grades": charts.grade_bars(summary.points),
            "scatter": charts.inflation_scatter(summary.points),
            "findings": charts.finding_bars(summary.codes),
        },
    )
