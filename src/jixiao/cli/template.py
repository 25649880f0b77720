"""``jixiao template -o blank.xlsx``: a fillable form in the official layout for Excel/WPS users."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jixiao.cli.convert import EXIT_UNREADABLE, LayoutOpt, write_atomically

OutOpt = Annotated[Path, typer.Option("-o", "--output", help="输出的 .xlsx 模板")]


def command(output: OutOpt, layout: LayoutOpt = "national-2020") -> None:
    if output.suffix.lower() != ".xlsx":
        typer.echo(f"{output}：模板只能写成 .xlsx", err=True)
        raise typer.Exit(EXIT_UNREADABLE)
    try:
        from jixiao.writers import LAYOUTS
        from jixiao.writers.template import template_bytes
    except ImportError as exc:
        typer.echo(f"生成模板需要安装：pip install 'jixiao[writers]'（{exc.name}）", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from None
    if layout not in LAYOUTS:
        typer.echo(f"没有名为 {layout} 的版式，可用：{'、'.join(LAYOUTS)}", err=True)
        raise typer.Exit(EXIT_UNREADABLE)
    write_atomically(output, template_bytes(layout))
    typer.echo(f"已写入 {output}（{layout} 版式填报模板，填表说明见第二个工作表）", err=True)
