"""``jixiao convert IN -o OUT.json``: any readable file to jixiao.form/1 JSON, nothing lost."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from jixiao.model.jsonio import dumps
from jixiao.readers import UnreadableInput, read_path

EXIT_UNREADABLE = 2

InArg = Annotated[Path, typer.Argument(help="PDF、Excel、Word、网页、文本或 JSON 文件")]
OutOpt = Annotated[Path, typer.Option("-o", "--output", help="输出的 JSON 文件")]


def command(source: InArg, output: OutOpt) -> None:
    try:
        read = read_path(source)
    except UnreadableInput as exc:
        typer.echo(f"{source}：无法读取 — {exc.message}", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from None
    except OSError as exc:
        typer.echo(f"{source}：无法打开（{exc.strerror or exc}）", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from None
    forms = [r.form for r in read]
    _write_atomically(output, dumps(forms[0] if len(forms) == 1 else forms) + "\n")
    for r in read:
        for f in r.findings:
            where = f.source.describe() if f.source else ""
            label = f"{r.label}：" if r.label else ""
            typer.echo(f"{label}[{f.code}] {where} {f.message}", err=True)
    typer.echo(f"已写入 {output}（{len(forms)} 张表）", err=True)


def _write_atomically(path: Path, text: str) -> None:
    """Write next to the target and rename, so a failure never leaves a half-written file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
