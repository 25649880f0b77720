"""``jixiao batch PATH...``: audit every form under some folders into a database and a report."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from jixiao.batch import BatchStats, FileStatus, run_batch
from jixiao.batch.runner import Sink
from jixiao.model.policy import DEFAULT_POLICY, get_policy

PathsArg = Annotated[
    list[Path], typer.Argument(help="文件或文件夹（递归查找全部文件）", show_default=False)
]
OutOpt = Annotated[Path, typer.Option("--out", help="输出目录：数据库、报告和导出表")]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="数据库：postgresql://… 或 sqlite:///…（默认 输出目录/batch.sqlite3）"
    ),
]
WorkersOpt = Annotated[int, typer.Option("--workers", help="并行进程数（默认为CPU核数）")]
PolicyOpt = Annotated[str, typer.Option("--policy", help="计分规则，见 jixiao policies")]
ReportOpt = Annotated[bool, typer.Option("--report/--no-report", help="生成报告和导出表")]

EXIT_INTERRUPTED = 130


def command(
    paths: PathsArg,
    out: OutOpt = Path("jixiao-batch"),
    db: DbOpt = None,
    workers: WorkersOpt = 0,
    policy: PolicyOpt = DEFAULT_POLICY,
    report: ReportOpt = True,
) -> None:
    err = Console(stderr=True, soft_wrap=True)  # long paths stay whole when copied
    try:
        get_policy(policy)
    except KeyError as exc:
        err.print(str(exc.args[0]))
        raise typer.Exit(2) from None
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        err.print(f"无法创建输出目录 {out}：{exc.strerror or exc}")
        raise typer.Exit(2) from None
    _open_database(db or f"sqlite:///{out.resolve() / 'batch.sqlite3'}", err)
    from jixiao.store.audit import DatabaseSink

    sink = DatabaseSink()
    try:
        stats = _run(paths, sink, policy, workers or os.cpu_count() or 1, err)
    except KeyboardInterrupt:
        sink.close()  # what was recorded stays; a rerun skips it
        err.print("已中断：已处理的文件都已保存，再次运行同一命令将跳过它们继续。")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    sink.close()
    _print_stats(stats, err)
    if report:
        try:
            _write_outputs(out, paths, err)
        except KeyboardInterrupt:
            for part in out.rglob("*.part"):
                part.unlink(missing_ok=True)  # nothing half-written stays behind
            err.print(
                "已中断：审核结果都在数据库中，报告未写完；再次运行同一命令即可生成（文件不会重复审核）。"
            )
            raise typer.Exit(EXIT_INTERRUPTED) from None


def _open_database(url: str, err: Console) -> None:
    os.environ["DATABASE_URL"] = url
    try:
        from jixiao.web import server

        server.setup()
    except ImportError as exc:
        err.print(f"批量审计需要数据库组件：pip install 'jixiao[web]'（缺少 {exc.name}）")
        raise typer.Exit(2) from None
    except Exception as exc:  # a wrong URL or a server that does not answer
        err.print(f"无法打开数据库 {url}：{exc}")
        raise typer.Exit(2) from None


def _run(paths: list[Path], sink: Sink, policy: str, workers: int, err: Console) -> BatchStats:
    columns = (
        TextColumn("[bold]审计"),
        BarColumn(bar_width=16),
        MofNCompleteColumn(),
        TextColumn(
            "文件 {task.fields[forms]}表 {task.fields[errors]}错误 "
            "{task.fields[failed]}无法读取 {task.fields[rate]}"
        ),
        TimeElapsedColumn(),
        TextColumn("剩"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("batch", total=None, forms=0, errors=0, failed=0, rate="")

        def update(stats: BatchStats) -> None:
            failed = sum(stats.by_status[s] for s in (FileStatus.UNREADABLE, FileStatus.FAILED))
            rate = stats.forms / stats.elapsed if stats.elapsed > 0 else 0.0
            bar.update(
                task,
                total=stats.total,
                completed=stats.done,
                forms=stats.forms,
                errors=stats.error_findings,
                failed=failed,
                rate=f"{rate:,.0f}表/秒",
            )

        return run_batch(paths, sink, policy=policy, workers=workers, progress=update)


def _print_stats(stats: BatchStats, err: Console) -> None:
    parts = [f"{status.label} {n}" for status, n in stats.by_status.items() if n]
    rate = stats.forms / stats.elapsed if stats.elapsed > 0 else 0.0
    err.print(
        f"完成：{stats.done} 个文件（{'，'.join(parts)}），{stats.forms} 张表，"
        f"用时 {stats.elapsed:.1f} 秒（{rate:,.0f} 张/秒）"
    )


def _write_outputs(out: Path, paths: list[Path], err: Console) -> None:
    from jixiao.cli.batch_outputs import write_outputs

    written = write_outputs(out, "、".join(str(p) for p in paths), err)
    err.print("已写出：" + "、".join(str(p) for p in written))
