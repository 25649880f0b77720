"""What ``jixiao batch`` writes after the run: the report (HTML and PDF), the suspicious forms
annotated in the official layout, and the exports. Every file is written under a temporary name
and renamed, so an interrupted run leaves no half-written report."""

from __future__ import annotations

import logging
from pathlib import Path

from rich.console import Console

from jixiao.batch.report import render_report
from jixiao.batch.summary import FormPoint
from jixiao.model.finding import Finding, Severity
from jixiao.model.jsonio import form_from_json
from jixiao.model.policy import get_policy
from jixiao.pipeline import check_form
from jixiao.store.audit import stored_forms, summary
from jixiao.store.audit_export import export_csv, export_xlsx

FORMS_DIR = "forms"


def write_outputs(out: Path, scope: str, err: Console) -> list[Path]:
    err.print("正在生成报告和导出表…")
    data = summary()
    links = _annotated(out, data.suspicious(), err)
    html = render_report(data, scope=scope, link=lambda p: links.get(p.form_id))
    written = [_write(out / "report.html", html.encode("utf-8"))]
    try:
        from jixiao.writers.pdf import pdf_bytes

        # WeasyPrint reads the charts' SVG style attributes as CSS and logs a warning for each
        # SVG-only property it skips; the charts draw correctly, so those lines are only noise.
        logging.getLogger("weasyprint").setLevel(logging.ERROR)
        written.append(_write(out / "report.pdf", pdf_bytes(html)))
    except ImportError as exc:
        err.print(f"未生成 report.pdf：需要安装 writers 组件（缺少 {exc.name}）")
    written += [*export_csv(out), export_xlsx(out / "batch.xlsx")]
    return written


def _annotated(out: Path, points: list[FormPoint], err: Console) -> dict[int, str]:
    """The most suspicious forms checked again and marked up in the official layout."""
    try:
        from jixiao.writers.document import prepare, render
    except ImportError as exc:
        err.print(f"未生成带标注的表：需要安装 writers 组件（缺少 {exc.name}）")
        return {}
    folder = out / FORMS_DIR
    folder.mkdir(exist_ok=True)
    links: dict[int, str] = {}
    for form_id, (text, policy, reader) in stored_forms([p.form_id for p in points]).items():
        form = form_from_json(text)
        findings = [
            Finding(code=c, severity=Severity(s), path=p, message=m, rule=r)
            for c, s, p, m, r in reader
        ]
        report = check_form(form, get_policy(policy), findings)
        page = prepare(form, "national-2020", report)
        _write(folder / f"{form_id}.html", render([page], ".html"))
        links[form_id] = f"{FORMS_DIR}/{form_id}.html"
    return links


def _write(path: Path, data: bytes) -> Path:
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    part.replace(path)
    return path
