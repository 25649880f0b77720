"""``jixiao batch`` as a user runs it: a folder in, a database, a report and exports out; a rerun
skips what is done; PostgreSQL with --db when a server answers."""

from __future__ import annotations

import csv
import os
import socket
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _batch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    run_env = {**os.environ, **(env or {})}
    run_env.pop("DATABASE_URL", None)  # the command takes its database from --db only
    return subprocess.run(
        [sys.executable, "-m", "jixiao.cli.main", "batch", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=run_env,
        check=False,
    )


def test_batch_writes_database_report_and_exports(audit_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _batch(str(audit_folder), "--out", str(out), "--workers", "2")
    assert done.returncode == 0, done.stderr
    assert "完成：7 个文件" in done.stderr and "3 张表" in done.stderr
    with sqlite3.connect(out / "batch.sqlite3") as db:
        assert db.execute("select count(*) from store_auditfile").fetchone() == (7,)
        assert db.execute("select count(*) from store_formrecord").fetchone() == (3,)
    report = (out / "report.html").read_text(encoding="utf-8")
    assert report.count("<svg") == 4 and "不支持的文件类型（.png）" in report
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
    # The most suspicious forms are linked to themselves, annotated in the official layout.
    linked = sorted((out / "forms").glob("*.html"))
    assert linked and all(f'href="forms/{p.name}"' in report for p in linked)
    assert "审核" in linked[0].read_text(encoding="utf-8")
    with (out / "files.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["编号", "文件路径", "地区（文件夹）", "SHA-256"] and len(rows) == 8
    with (out / "library.csv").open(encoding="utf-8-sig") as handle:
        library = list(csv.reader(handle))
    assert library[0][:4] == ["一级指标", "二级指标", "三级指标", "表数"]
    assert ["产出指标", "时效指标", "经费支出进度"] in [row[:3] for row in library]
    from openpyxl import load_workbook

    book = load_workbook(out / "batch.xlsx", read_only=True)
    assert book.sheetnames == ["文件", "自评表", "指标库"]
    assert len(list(book["自评表"].iter_rows(values_only=True))) == 4
    again = _batch(str(audit_folder), "--out", str(out), "--no-report")
    assert again.returncode == 0, again.stderr
    assert "此前已处理 7" in again.stderr


def test_a_wrong_database_url_is_a_clear_message(audit_folder: Path, tmp_path: Path) -> None:
    done = _batch(str(audit_folder), "--out", str(tmp_path), "--db", "mysql://nobody@nowhere/x")
    assert done.returncode == 2
    assert "无法打开数据库" in done.stderr and "Traceback" not in done.stderr


def _postgres_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), 1).close()
    except OSError:
        return False
    return True


@pytest.fixture
def pg_database() -> Iterator[str]:
    if not _postgres_up():
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    import psycopg

    name = f"jixiao_batch_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_batch_into_postgresql(audit_folder: Path, tmp_path: Path, pg_database: str) -> None:
    done = _batch(str(audit_folder), "--out", str(tmp_path), "--db", pg_database)
    assert done.returncode == 0, done.stderr
    import psycopg

    with psycopg.connect(pg_database) as c:
        assert c.execute("select count(*) from store_formrecord").fetchone() == (3,)
        assert c.execute("select count(*) from store_indicatorrecord").fetchone()[0] > 21
    assert (tmp_path / "report.html").exists()


@pytest.mark.shared  # the set is built from the seed's text
def test_ctrl_c_stops_cleanly_and_a_rerun_completes(tmp_path: Path) -> None:
    """A real Ctrl-C (SIGINT to the whole process group, as a terminal sends it) mid-batch."""
    import signal
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from batch_set import build

    folder, out = tmp_path / "set", tmp_path / "out"
    build(folder, 600, 7)  # 600 forms, a damaged file, a copy and a stray file: 603 files
    env = {**os.environ}
    env.pop("DATABASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "jixiao.cli.main", "batch", str(folder), "--out", str(out)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    database = out / "batch.sqlite3"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _recorded(database):
        time.sleep(0.2)  # interrupt only once some files are in
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "已中断" in stderr and "Traceback" not in stderr
    with sqlite3.connect(database) as db:
        files = db.execute("select count(*) from store_auditfile").fetchone()[0]
        orphans = db.execute(
            "select count(*) from store_auditfile f where f.status = 'ok' and not exists "
            "(select 1 from store_formrecord r where r.audit_file_id = f.id)"
        ).fetchone()[0]
    assert 0 < files < 603 and orphans == 0  # whole files only
    with sqlite3.connect(database) as db:
        twice = (
            "select count(*) from "
            "(select path from store_auditfile group by path having count(*) > 1)"
        )
        assert db.execute(twice).fetchone() == (0,)
    done = _batch(str(folder), "--out", str(out), "--no-report")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(database) as db:
        assert db.execute("select count(*) from store_auditfile").fetchone() == (603,)
        assert db.execute("select count(*) from store_formrecord").fetchone() == (600,)


def _recorded(database: Path) -> bool:
    if not database.exists():
        return False
    try:
        with sqlite3.connect(database) as db:
            return bool(db.execute("select count(*) from store_auditfile").fetchone()[0])
    except sqlite3.Error:
        return False  # tables not migrated yet
