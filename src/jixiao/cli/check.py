"""``jixiao check FILE...``: read, score and check forms; a terminal report or ``--json``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from jixiao.cli.render import render_report
from jixiao.model.jsonio import dumps
from jixiao.model.policy import DEFAULT_POLICY, get_policy
from jixiao.model.report import Report
from jixiao.pipeline import FileResult, check_files

EXIT_ERRORS = 1  # some form has an error finding
EXIT_UNREADABLE = 2  # some file could not be read at all


FilesArg = Annotated[
    list[Path],
    typer.Argument(help="自评表文件：PDF、Excel、Word、网页、提取文本或 JSON", show_default=False),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="输出 JSON：{form, computed, findings}")]
PolicyOpt = Annotated[str, typer.Option("--policy", help="计分规则，见 jixiao policies")]


def command(files: FilesArg, as_json: JsonOpt = False, policy: PolicyOpt = DEFAULT_POLICY) -> None:
    try:
        chosen = get_policy(policy)
    except KeyError as exc:
        typer.echo(str(exc.args[0]), err=True)
        raise typer.Exit(EXIT_UNREADABLE) from None
    results = list(check_files(files, chosen))
    for r in results:
        if r.error:
            typer.echo(f"{r.path}：无法读取 — {r.error}", err=True)
    reports = [rep for r in results for rep in r.reports]
    if as_json:
        _print_json(reports, single=len(files) == 1 and len(reports) == 1)
    else:
        for rep in reports:
            render_report(rep)
    raise typer.Exit(_exit_status(results))


def _print_json(reports: list[Report], single: bool) -> None:
    items = [
        {
            "file": rep.file,
            "form_index": rep.form_index,
            "form": rep.form,
            "computed": rep.computed,
            "findings": list(rep.findings),
        }
        for rep in reports
    ]
    sys.stdout.write(dumps(items[0] if single else items) + "\n")


def _exit_status(results: list[FileResult]) -> int:
    if any(r.error for r in results):
        return EXIT_UNREADABLE
    if any(rep.has_errors() for r in results for rep in r.reports):
        return EXIT_ERRORS
    return 0
