"""The compact Chinese terminal view of one checked form (Rich)."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Form, FundsRow
from jixiao.model.report import IndicatorResult, Report

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_console: Console | None = None


def console() -> Console:
    """One console for stdout; wide enough for the indicator table when output is piped."""
    global _console
    if _console is None:
        probe = Console()
        _console = Console(width=max(probe.width, 140) if not probe.is_terminal else None)
    return _console


def render_report(rep: Report) -> None:
    out = console()
    out.print(_header(rep))
    out.print(_funds_table(rep))
    if rep.form.indicators:
        out.print(_indicator_table(rep))
    out.print(_totals(rep))
    out.print(_explanations(rep))
    out.print(_findings(rep.findings))
    out.print()


def _header(rep: Report) -> Panel:
    f = rep.form
    title = f"{f.title or '绩效自评表'}（{f.year or '年度不详'}年度）"
    p = f.project
    lines = [
        f"项目名称：{p.name or '—'}",
        f"主管部门：{p.department or '—'}    实施单位：{p.unit or '—'}",
    ]
    if p.leader or p.phone:
        lines.append(f"项目负责人：{p.leader or '—'}    联系电话：{p.phone or '—'}")
    where = f"{rep.file or ''}" + (f" · 第{rep.form_index + 1}张表" if rep.form_index else "")
    lines.append(f"来源：{where}    计分规则：{rep.computed.policy}")
    return Panel("\n".join(lines), title=title, expand=False)


def _funds_table(rep: Report) -> Table:
    funds = rep.form.funds
    ex = rep.computed.execution
    t = Table(title=f"项目资金（{funds.unit}）", title_justify="left", show_lines=False)
    for col in ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率 表/算", "得分 表/算"):
        t.add_column(col, justify="right" if col else "left", no_wrap=True)
    for key, row in _funds_rows(rep.form):
        computed = key == "total"
        t.add_row(
            row.label,
            _n(row.initial),
            _n(row.adjusted),
            _n(row.executed),
            _n(row.weight),
            _pair(_pct(row.rate), _pct(ex.rate) if computed else None),
            _pair(_n(row.score), _n(ex.score) if computed else None),
        )
    return t


def _funds_rows(form: Form) -> list[tuple[str, FundsRow]]:
    f = form.funds
    rows = [("total", f.total), ("appropriation", f.appropriation), ("carryover", f.carryover)]
    rows += [("other", f.other)] + [("extra", r) for r in f.extra_rows]
    return rows


def _indicator_table(rep: Report) -> Table:
    by_index = {r.index: r for r in rep.computed.indicators}
    flagged = _flagged_rows(rep.findings)
    t = Table(title="绩效指标（得分：表/规则）", title_justify="left", show_lines=False)
    for col, just in (
        ("#", "right"),
        ("一级/二级", "left"),
        ("三级指标", "left"),
        ("年度指标值", "left"),
        ("实际完成值", "left"),
        ("分值", "right"),
        ("得分 表/规则", "right"),
        ("", "left"),
    ):
        t.add_column(col, justify=just, overflow="fold")
    for i, ind in enumerate(rep.form.indicators):
        mark = flagged.get(i)
        t.add_row(
            str(i + 1),
            f"{_short(ind.level1)}/{_short(ind.level2)}",
            ind.name or "—",
            _clip(ind.target),
            _clip(ind.actual),
            _n(ind.weight),
            _pair(_n(ind.score), _rule(by_index.get(i))),
            Text(mark[0], style=_STYLE[mark[1]]) if mark else "",
        )
    return t


def _flagged_rows(findings: tuple[Finding, ...]) -> dict[int, tuple[str, Severity]]:
    """The worst severity per indicator row, shown as a mark beside it."""
    marks: dict[int, tuple[str, Severity]] = {}
    symbol = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "i"}
    for f in sorted(findings, key=lambda f: -f.severity.rank):
        if f.path.startswith("indicators["):
            index = int(f.path[len("indicators[") : f.path.index("]")])
            marks[index] = (symbol[f.severity], f.severity)
    return marks


def _totals(rep: Report) -> Text:
    f, c = rep.form, rep.computed
    text = Text("总分：")
    text.append(f"表 {_n(f.total.score)} / {_n(f.total.weight)}")
    text.append(f"    规则计算 {_n(c.total.score)}")
    if c.total.rescaled is not None:
        text.append(f"（按适用指标折算 {_n(c.total.rescaled)}）")
    text.append(f"    等级：表 {f.grade or '—'} / 规则 {c.grade.grade or '—'}")
    return text


def _explanations(rep: Report) -> Group:
    """计分说明: the one-line arithmetic behind every computed number."""
    c = rep.computed
    lines = [Text("计分说明", style="bold")]
    if c.execution.explanation:
        lines.append(Text(f"  执行率  {c.execution.explanation}"))
    skipped = []
    for res in c.indicators:
        if not res.scored:
            skipped.append(str(res.index + 1))
            continue
        lines.append(Text(f"  #{res.index + 1:<5} {res.explanation}"))
    if skipped:
        lines.append(Text(f"  不计分  第 {'、'.join(skipped)} 行（未印分值或标注不适用，P5）"))
    for label, text in (("总分", c.total.explanation), ("等级", c.grade.explanation)):
        if text:
            lines.append(Text(f"  {label}    {text}"))
    return Group(*lines)


def _findings(findings: tuple[Finding, ...]) -> Group | Text:
    if not findings:
        return Text("未发现问题。", style="green")
    parts: list[Text] = []
    for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        group = [f for f in findings if f.severity == sev]
        if not group:
            continue
        parts.append(Text(f"{sev.label}（{len(group)}）", style=_STYLE[sev]))
        for f in group:
            where = f.source.describe() if f.source else ""
            line = Text(f"  [{f.code}] ", style=_STYLE[sev])
            line.append(f"{f.path or '全表'}{'（' + where + '）' if where else ''}：{f.message}")
            parts.append(line)
    return Group(*parts)


def _rule(res: IndicatorResult | None) -> str | None:
    if res is None or not res.scored:
        return "不计分" if res is not None else None
    if res.band_low is not None and res.band_high is not None and res.score is None:
        return f"[{_n(res.band_low)},{_n(res.band_high)}]"
    return _n(res.score)


def _pair(printed: str, computed: str | None) -> str:
    return printed if computed is None else f"{printed} / {computed}"


def _n(value: Decimal | None) -> str:
    return "—" if value is None else str(value)


def _pct(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value.quantize(Decimal('0.01'))}%"


def _short(label: str | None) -> str:
    return (label or "—").replace("指标", "")


def _clip(text: str | None, limit: int = 24) -> str:
    if not text:
        return "—"
    return text if len(text) <= limit else text[: limit - 1] + "…"
