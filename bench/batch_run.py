"""Batch audit at scale: throughput, memory and report time on a generated set (issue 6).

Run from the repository root:
    .venv/bin/python bench/batch_run.py [--forms 10000] [--workers 2] [--db URL] [--set DIR]
Builds the set with bench/batch_set.py (unless --set names one), runs the batch into a fresh
SQLite database (or the PostgreSQL database --db names: it must be empty), then times the report:
the summary queries, the HTML with its charts, and the CSV/xlsx exports.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_set import build


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu(who: int) -> float:
    # Pool workers are children of multiprocessing's fork server, not of this process, so only
    # this process's own usage can be read here; worker memory is sampled below.
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _descendants_peak_kib(root: int) -> int:
    """Largest VmHWM (peak RSS) among the processes below ``root`` (the fork server's workers)."""
    parents: dict[int, int] = {}
    peaks: dict[int, int] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
        except OSError:
            continue  # the process ended while we looked
        pid = int(status.parent.name)
        parents[pid] = int(fields.get("PPid", "0"))
        peaks[pid] = int(fields.get("VmHWM", "0 kB").split()[0])
    found = 0
    for pid in peaks:
        p = parents.get(pid, 0)
        while p and p != root:
            p = parents.get(p, 0)
        if p == root and pid != root:
            found = max(found, peaks[pid])
    return found


def _junk(folder: Path, count: int) -> None:
    """Files a real download folder also holds: notes, pictures, spreadsheets of other things."""
    for i in range(count):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        kind = i % 3
        if kind == 0:
            (sub / f"note-{i}.txt").write_text(f"会议纪要 {i}：下周二开会。", encoding="utf-8")
        elif kind == 1:
            (sub / f"photo-{i}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + i.to_bytes(4, "big") * 64)
        else:
            (sub / f"list-{i}.csv").write_text(f"序号,名称\n{i},设备\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--forms", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--db", default=None)
    ap.add_argument("--set", type=Path, default=None)
    ap.add_argument(
        "--junk", type=int, default=0, help="also add this many non-form files (notes, images)"
    )
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jixiao-bench-batch-"))
    folder = args.set or work / "set"
    if args.set is None:
        start = time.perf_counter()
        build(folder, args.forms, 1)
        _junk(folder / "junk", args.junk)
        print(
            f"set: {args.forms:,} forms and {args.junk:,} non-form files built in "
            f"{time.perf_counter() - start:.1f} s ({folder})"
        )
    os.environ["DATABASE_URL"] = args.db or f"sqlite:///{work / 'batch.sqlite3'}"
    os.environ.setdefault("JIXIAO_DATA_DIR", str(work / "data"))
    from jixiao.web import server

    server.setup()
    from jixiao.batch import run_batch
    from jixiao.batch.report import render_report
    from jixiao.store.audit import DatabaseSink, summary
    from jixiao.store.audit_export import export_csv, export_xlsx

    sink = DatabaseSink()
    start = time.perf_counter()
    worker_peak = [0]

    def sample(stats: object) -> None:
        done = getattr(stats, "done", 0)
        if done % 500 == 0:
            worker_peak[0] = max(worker_peak[0], _descendants_peak_kib(os.getpid()))

    stats = run_batch([folder], sink, policy="national-2020", workers=args.workers, progress=sample)
    sink.close()
    wall = time.perf_counter() - start
    print(
        f"batch: {stats.done:,} files, {stats.forms:,} forms in {wall:.1f} s = "
        f"{stats.forms / wall:,.0f} forms/s ({stats.done / wall:,.0f} files/s) with "
        f"{args.workers} workers on {os.cpu_count()} cores"
    )
    print(
        f"parent process: {_cpu(resource.RUSAGE_SELF):.1f} s CPU (database writes), "
        f"peak RSS {_peak_mib(resource.RUSAGE_SELF):.0f} MiB; "
        f"largest worker peak RSS {worker_peak[0] / 1024:.0f} MiB"
    )
    start = time.perf_counter()
    data = summary()
    queried = time.perf_counter() - start
    html = render_report(data)
    rendered = time.perf_counter() - start
    (work / "report.html").write_text(html, encoding="utf-8")
    export_csv(work)
    exported = time.perf_counter() - start
    export_xlsx(work / "batch.xlsx")
    everything = time.perf_counter() - start
    print(
        f"report: queries {queried:.2f} s, + HTML and charts {rendered:.2f} s, "
        f"+ CSV {exported:.2f} s, + xlsx {everything:.2f} s (target: report < 10 s)"
    )
    print(f"output in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
