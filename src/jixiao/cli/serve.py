"""``jixiao serve``: apply migrations and serve the web app on 127.0.0.1:8000 (waitress)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

DemoOpt = Annotated[bool, typer.Option("--demo", help="创建示例组织、用户和示例表，并打印登录方式")]
HostOpt = Annotated[str, typer.Option("--host", help="监听地址（默认只在本机）")]
PortOpt = Annotated[int, typer.Option("--port", help="端口")]
ThreadsOpt = Annotated[int, typer.Option("--threads", help="每个进程处理请求的线程数")]
WorkersOpt = Annotated[
    int, typer.Option("--workers", help="进程数（Linux）；多核机器上可设为核数", min=1, max=64)
]


def command(
    demo: DemoOpt = False,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    threads: ThreadsOpt = 8,
    workers: WorkersOpt = 1,
) -> None:
    try:
        from jixiao.web import server
    except ImportError as exc:
        typer.echo(f"网站需要安装 web 组件：pip install 'jixiao[web]'（缺少 {exc.name}）", err=True)
        raise typer.Exit(2) from None
    if workers > 1 and not hasattr(os, "fork"):
        typer.echo("--workers 只在 Linux 等支持 fork 的系统上可用；本次以单进程运行。", err=True)
        workers = 1
    try:
        server.setup()
        typer.echo(server.describe_database())
        if demo:
            server.create_demo(typer.echo)
        listener = server.listen(host, port)
    except server.StartupError as exc:
        typer.echo(exc.message, err=True)
        raise typer.Exit(2) from None
    typer.echo(f"网站已启动：http://{host}:{port}/ （按 Ctrl+C 停止）")
    server.serve(listener, threads, workers)
