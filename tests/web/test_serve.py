"""``jixiao serve --demo`` as a user runs it: migrations, demo data, waitress on loopback."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from jixiao.web.dburl import database, sqlite

JIXIAO = Path(sys.executable).with_name("jixiao")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(port: int, proc: subprocess.Popen[str], seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(proc.stdout.read() if proc.stdout else "server exited")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("server did not start")


def test_serve_demo_creates_data_and_lets_the_demo_filler_log_in(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env["JIXIAO_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.Popen(
        [str(JIXIAO), "serve", "--demo", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _wait(port, proc)
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        base = f"http://127.0.0.1:{port}"
        page = opener.open(f"{base}/login/").read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token.group(1), "username": "danwei", "password": "jixiao-demo"}
        ).encode()
        listing = opener.open(urllib.request.Request(f"{base}/login/", data=body)).read().decode()
        assert "中关村特色园区" in listing and "培训项目" in listing
        response = opener.open(f"{base}/forms/")
        assert response.headers["Server"] == "jixiao"
        assert response.headers["X-Frame-Options"] == "DENY"
        htmx = opener.open(f"{base}/static/django_htmx/htmx-2.min.js")
        assert htmx.status == 200 and b"htmx" in htmx.read()  # served locally, no CDN
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert "示例账号（密码均为 jixiao-demo）" in out
    assert "danwei" in out and "填报人" in out
    with sqlite3.connect(tmp_path / "data" / "jixiao.sqlite3") as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # kept in the file
        assert con.execute("SELECT count(*) FROM store_formrecord").fetchone()[0] == 2


def test_sqlite_is_the_default_in_wal_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    db = database(tmp_path)
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(tmp_path / "jixiao.sqlite3")
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]
    assert db["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_database_url_selects_postgresql(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://jx:p%40ss@db.local:5433/jixiao")
    db = database(tmp_path)
    assert (db["ENGINE"], db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "django.db.backends.postgresql",
        "jixiao",
        "jx",
        "p@ss",
        "db.local",
        "5433",
    )


def test_an_unknown_database_url_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://x/y")
    with pytest.raises(ValueError, match="只支持 postgresql:// 或 sqlite://"):
        database(tmp_path)


def test_sqlite_helper_names_the_file(tmp_path: Path) -> None:
    assert sqlite(tmp_path / "x.db")["NAME"] == str(tmp_path / "x.db")


def test_serve_with_two_worker_processes_answers_and_stops_cleanly(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env["JIXIAO_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.Popen(
        [str(JIXIAO), "serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _wait(port, proc)
        for _ in range(4):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/") as response:
                assert response.status == 200 and response.headers["Server"] == "jixiao"
    finally:
        proc.terminate()
        proc.communicate(timeout=20)
    assert proc.returncode is not None
    with socket.socket() as s:  # the children are gone: the port is free again
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))


def _serve_once(tmp_path: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env["JIXIAO_DATA_DIR"] = str(tmp_path / "data")
    env.update(env_extra)
    return subprocess.run(
        [str(JIXIAO), "serve", *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_a_busy_port_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _serve_once(tmp_path, "--port", str(port))
    assert result.returncode == 2
    assert "端口已被占用？可用 --port 换一个" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://x/y", "只支持 postgresql:// 或 sqlite://"),
        ("postgresql://nobody@127.0.0.1:1/none", "无法连接或更新数据库"),
    ],
)
def test_a_bad_database_url_is_a_message_not_a_traceback(
    tmp_path: Path, url: str, message: str
) -> None:
    result = _serve_once(tmp_path, "--port", str(_free_port()), DATABASE_URL=url)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
