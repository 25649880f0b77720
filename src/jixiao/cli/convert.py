"""``jixiao convert IN -o OUT``: any readable file to JSON, or the official form as xlsx/html/pdf.

Nothing is half-written: the output is made in memory and renamed into place; bad input writes
nothing. ``--annotate`` scores and checks each form and marks the findings on it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from jixiao.model.jsonio import dumps
from jixiao.model.policy import DEFAULT_POLICY, Policy, get_policy
from jixiao.readers import ReadForm, UnreadableInput, read_path

EXIT_UNREADABLE = 2
_FORMATS = ".json、.xlsx、.html、.pdf"

InArg = Annotated[Path, typer.Argument(help="PDF、Excel、Word、网页、文本或 JSON 文件")]
OutOpt = Annotated[
    Path, typer.Option("-o", "--output", help=f"输出文件，按扩展名选择格式：{_FORMATS}")
]
LayoutOpt = Annotated[
    str,
    typer.Option("--layout", help="官方版式：national-2020、beijing-2021、sichuan-2023"),
]
AnnotateOpt = Annotated[
    bool,
    typer.Option("--annotate", help="计分审核，把问题标在表上并附审核意见；JSON 则写审核结果"),
]
PolicyOpt = Annotated[str, typer.Option("--policy", help="--annotate 使用的计分规则")]


def command(
    source: InArg,
    output: OutOpt,
    layout: LayoutOpt = "national-2020",
    annotate: AnnotateOpt = False,
    policy: PolicyOpt = DEFAULT_POLICY,
) -> None:
    suffix = output.suffix.lower()
    if suffix not in (".json", ".xlsx", ".html", ".htm", ".pdf"):
        _fail(f"{output}：不支持的输出格式“{output.suffix or '无扩展名'}”，可用 {_FORMATS}")
    read = _read(source)
    if suffix == ".json" and annotate:
        data = _report_json(read, policy)
    elif suffix == ".json":
        forms = [r.form for r in read]
        data = (dumps(forms[0] if len(forms) == 1 else forms) + "\n").encode("utf-8")
    else:
        data = _official(read, suffix, layout, annotate, policy)
    write_atomically(output, data)
    _echo_findings(read)
    typer.echo(f"已写入 {output}（{len(read)} 张表）", err=True)


def _read(source: Path) -> list[ReadForm]:
    try:
        return read_path(source)
    except UnreadableInput as exc:
        _fail(f"{source}：无法读取 — {exc.message}")
    except OSError as exc:
        _fail(f"{source}：无法打开（{exc.strerror or exc}）")


def _official(read: list[ReadForm], suffix: str, layout: str, annotate: bool, name: str) -> bytes:
    try:
        from jixiao.pipeline import check_form
        from jixiao.writers import LAYOUTS, dropped
        from jixiao.writers.document import prepare, render
    except ImportError as exc:
        _fail(f"输出 {suffix} 需要安装：pip install 'jixiao[writers]'（{exc.name}）")
    if layout not in LAYOUTS:
        _fail(f"没有名为 {layout} 的版式，可用：{'、'.join(LAYOUTS)}")
    chosen = _policy(name)
    pages = []
    for r in read:
        for field in dropped(r.form, layout):
            typer.echo(f"{r.label or '表'}：{layout} 版式没有“{field}”栏，未写出", err=True)
        report = check_form(r.form, chosen, r.findings) if annotate else None
        pages.append(prepare(r.form, layout, report))
    return render(pages, suffix)


def _report_json(read: list[ReadForm], name: str) -> bytes:
    """The annotated JSON is what ``jixiao check --json`` prints: {form, computed, findings}."""
    from jixiao.pipeline import check_form

    chosen = _policy(name)
    items = []
    for r in read:
        report = check_form(r.form, chosen, r.findings)
        items.append(
            {"form": report.form, "computed": report.computed, "findings": list(report.findings)}
        )
    return (dumps(items[0] if len(items) == 1 else items) + "\n").encode("utf-8")


def _policy(name: str) -> Policy:
    try:
        return get_policy(name)
    except KeyError as exc:
        _fail(str(exc.args[0]))


def _echo_findings(read: list[ReadForm]) -> None:
    for r in read:
        for f in r.findings:
            where = f.source.describe() if f.source else ""
            label = f"{r.label}：" if r.label else ""
            typer.echo(f"{label}[{f.code}] {where} {f.message}", err=True)


def _fail(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_UNREADABLE)


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a failure never leaves a half-written file."""
    try:
        _replace(path, data)
    except OSError as exc:
        _fail(f"{path}：无法写入（{exc.strerror or exc}）")


def _replace(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
