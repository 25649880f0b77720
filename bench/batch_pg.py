"""The batch report's queries on PostgreSQL with 100,000 forms: EXPLAIN plans and timings (issue 6).

Run from the repository root (a PostgreSQL server on 127.0.0.1:5432, trust auth):
    .venv/bin/python bench/batch_pg.py [--forms 100000] [--real 1000] [--server URL]
Creates the database jixiao_bench_batch (dropped first if present), audits --real generated forms
for real, then records copies of their outcomes under new paths and hashes until --forms forms
are stored (the sink's own path: the rows are what a real run of that size writes), runs ANALYZE,
and prints each main report query's time (best of three) and its EXPLAIN ANALYZE plan.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_set import build

DB = "jixiao_bench_batch"


def _recreate(server: str) -> str:
    import psycopg

    with psycopg.connect(server, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{DB}"')
    return server.rsplit("/", 1)[0] + f"/{DB}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--forms", type=int, default=100_000)
    ap.add_argument("--real", type=int, default=1000)
    ap.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="query the database a previous run filled; load nothing",
    )
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jixiao-bench-pg-"))
    url = args.server.rsplit("/", 1)[0] + f"/{DB}"
    os.environ["DATABASE_URL"] = url if args.reuse else _recreate(args.server)
    os.environ.setdefault("JIXIAO_DATA_DIR", str(work / "data"))
    from jixiao.web import server

    server.setup()  # Django configured before anything that imports the models
    if not args.reuse:
        _load(work, args.forms, args.real)
    _measure()
    return 0


def _load(work: Path, forms: int, real_forms: int) -> None:
    from django.db import connection

    from jixiao.batch import FileStatus, run_batch
    from jixiao.store.audit import DatabaseSink

    build(work / "set", real_forms, 1)
    outcomes = []

    class Capture(DatabaseSink):
        def record(self, outcome):  # type: ignore[no-untyped-def]
            outcomes.append(outcome)
            super().record(outcome)

    sink = Capture()
    start = time.perf_counter()
    run_batch([work / "set"], sink, policy="national-2020", workers=2)
    sink.flush()
    real = [o for o in outcomes if o.status == FileStatus.OK]
    print(f"audited {len(real):,} forms for real in {time.perf_counter() - start:.1f} s")
    start, stored, copy = time.perf_counter(), len(real), 0
    while stored < forms:
        copy += 1
        for o in real[: forms - stored]:
            sink.record(
                dataclasses.replace(o, path=f"{o.path}#{copy}", sha256=f"{o.sha256[:56]}{copy:08d}")
            )
        stored = min(forms, stored + len(real))
    sink.close()
    print(f"stored {stored:,} forms in {time.perf_counter() - start:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # what autovacuum does after a load: index-only scans


def _measure() -> None:
    from jixiao.batch.report import render_report
    from jixiao.store.audit import REPORT_QUERIES, summary

    for name, query in REPORT_QUERIES.items():
        best = min(_timed(query) for _ in range(3))
        plan = query().explain(analyze=True)
        print(f"\n## {name}: {best * 1000:,.0f} ms (target < 1 s)\n")
        lines = plan.splitlines()
        scans = [line.strip() for line in lines if "Scan" in line]
        print("\n".join("    " + line for line in lines[:8]))
        print("    …\n" + "\n".join("    " + line for line in scans))
    start = time.perf_counter()
    data = summary()
    queried = time.perf_counter() - start
    render_report(data)
    print(
        f"\nwhole summary {queried:.2f} s; with the HTML and charts "
        f"{time.perf_counter() - start:.2f} s"
    )


def _timed(query) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in query().iterator(chunk_size=5000):
        pass
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
