"""Web load: 1,000 forms, 50 concurrent users against ``jixiao serve`` in a second process.

Run from the repository root:  .venv/bin/python bench/web_load.py [--seconds 30] [--users 50]

It creates a fresh data directory with its SQLite database (DATABASE_URL is ignored: the target
is stated for SQLite, and a bench must never write into a real database), seeds 5 departments ×
5 units × 40 forms and
one 填报人 and one 审核人 per unit, starts the server on loopback, and drives it from this process
with an asyncio HTTP/1.1 client over keep-alive connections: 填报人 open their forms and post
live-score requests (as htmx does while typing), 审核人 open their inbox and forms. Latencies are
measured per request from send to the last byte; p50/p95 per kind are printed.

``--think`` is each user's pause between requests. With 0 (the default) 50 users send requests
back to back, so the server is saturated and latency is mostly queueing; a person reading a form
or typing leaves seconds between requests (htmx sends a live-score request 300 ms after typing
stops at the soonest).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "clean-2023.json"
SEED = ROOT / "examples" / "seed-2021-zgc.json"
DEPARTMENTS, UNITS_PER_DEPARTMENT, FORMS_PER_UNIT = 5, 5, 40


@dataclass
class Persona:
    role: str  # "filler" or "reviewer"
    session: str
    csrf: str
    forms: list[int] = field(default_factory=list)


def seed(data_dir: Path) -> list[Persona]:
    """Migrate and create the organisations, users, sessions and 1,000 forms."""
    os.environ["JIXIAO_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "jixiao.web.settings"
    from jixiao.web import server

    server.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import _get_new_csrf_string

    from jixiao.model.jsonio import form_from_json
    from jixiao.store.forms import create_form
    from jixiao.store.models import FormRecord, Organisation, OrgKind, Origin, Status, User

    def session_for(user: User) -> str:
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        return str(store.session_key)

    clean = form_from_json(EXAMPLE.read_text(encoding="utf-8"))
    seed_form = form_from_json(SEED.read_text(encoding="utf-8"))
    bureau = Organisation.objects.create(name="压测财政局", kind=OrgKind.BUREAU)
    people: list[Persona] = []
    for d in range(DEPARTMENTS):
        dept = Organisation.objects.create(name=f"部门{d}", kind=OrgKind.DEPARTMENT, parent=bureau)
        for u in range(UNITS_PER_DEPARTMENT):
            unit = Organisation.objects.create(name=f"单位{d}-{u}", kind=OrgKind.UNIT, parent=dept)
            filler = User.objects.create(username=f"f{d}{u}", organisation=unit, role="filler")
            reviewer = User.objects.create(username=f"r{d}{u}", organisation=dept, role="reviewer")
            ids = []
            for i in range(FORMS_PER_UNIT):
                base = seed_form if i % 4 == 0 else clean
                project = base.project.model_copy(update={"name": f"项目{d}-{u}-{i}"})
                record = create_form(
                    filler, base.model_copy(update={"project": project}), Origin.UPLOAD
                )
                ids.append(record.pk)
            # A third of each unit's forms wait for review: the inbox has work in it.
            FormRecord.objects.filter(pk__in=ids[1::3]).update(status=Status.SUBMITTED)
            editable = [i for n, i in enumerate(ids) if n % 3 != 1]
            people.append(Persona("filler", session_for(filler), _get_new_csrf_string(), editable))
            people.append(Persona("reviewer", session_for(reviewer), _get_new_csrf_string(), ids))
    return people


def live_score_body(form_path: Path) -> bytes:
    """What htmx posts while a 填报人 types: every input of the form page."""
    from jixiao.model.jsonio import form_from_json
    from jixiao.web.layout import cells

    c = cells(form_from_json(form_path.read_text(encoding="utf-8")))
    data = {"year": c["year"].value, "grade": c["grade"].value}
    data |= {x.path: x.value for x in c["project"].values()}  # type: ignore[attr-defined]
    data |= {x.path: x.value for row in c["funds"] for x in row["cols"]}  # type: ignore[attr-defined]
    data |= {x.path: x.value for x in c["goals"].values()}  # type: ignore[attr-defined]
    data |= {x.path: x.value for x in c["total"].values()}  # type: ignore[attr-defined]
    for row in c["rows"]:  # type: ignore[attr-defined]
        data |= {v.path: v.value for k, v in row.items() if k not in ("i", "key")}
    data["indicator_count"] = str(len(c["rows"]))  # type: ignore[arg-type]
    data["funds.total.executed"] = "14"
    return urlencode(data).encode()


class Connection:
    """One keep-alive HTTP/1.1 connection (Content-Length bodies; waitress sends them)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, headers: dict[str, str], body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        length, close = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and "close" in value.lower():
                close = True
        await self.reader.readexactly(length)
        if close:
            self.writer.close()
            self.writer = None
        return int(status_line.split()[1])


async def user_loop(
    p: Persona,
    port: int,
    until: float,
    body: bytes,
    think: float,
    times: dict[str, list[float]],
    errors: list[str],
) -> None:
    conn = Connection(port)
    cookie = f"sessionid={p.session}; csrftoken={p.csrf}"
    rng = random.Random(p.session)
    while time.perf_counter() < until:
        pk = rng.choice(p.forms)
        if p.role == "reviewer" and rng.random() < 0.5:
            kind, method, path, extra, data = "inbox", "GET", "/inbox/", {}, b""
        elif p.role == "filler" and rng.random() < 0.7:
            kind, method, path, data = "live-score", "POST", f"/forms/{pk}/score/", body
            extra = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-CSRFToken": p.csrf,
                "HX-Request": "true",
            }
        else:
            kind, method, path, extra, data = "form page", "GET", f"/forms/{pk}/", {}, b""
        start = time.perf_counter()
        status = await conn.request(method, path, {"Cookie": cookie, **extra}, data)
        times.setdefault(kind, []).append(time.perf_counter() - start)
        if status != 200:
            errors.append(f"{kind} {path}: HTTP {status}")
        if think:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)


async def drive(
    people: list[Persona], port: int, seconds: float, body: bytes, think: float
) -> tuple[dict[str, list[float]], list[str]]:
    times: dict[str, list[float]] = {}
    errors: list[str] = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(user_loop(p, port, until, body, think, times, errors) for p in people))
    return times, errors


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            sys.exit("server exited before it started")
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("server did not start")


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--threads", type=int, default=8, help="server worker threads")
    parser.add_argument("--think", type=float, default=0, help="mean pause between requests, s")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="jixiao-load-"))
    try:
        t0 = time.perf_counter()
        people = seed(data_dir)[: args.users]
        print(f"seeded 1,000 forms and {len(people)} users in {time.perf_counter() - t0:.1f} s")
        body = live_score_body(EXAMPLE)
        port = _free_port()
        env = {**os.environ, "JIXIAO_DATA_DIR": str(data_dir)}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        env.pop("DATABASE_URL", None)
        jixiao = Path(sys.executable).with_name("jixiao")
        proc = subprocess.Popen(
            [
                str(jixiao),
                "serve",
                "--port",
                str(port),
                "--threads",
                str(args.threads),
                "--workers",
                str(args.workers),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_for(port, proc)
            asyncio.run(drive(people, port, 3, body, 0))  # warm-up: imports, caches, connections
            times, errors = asyncio.run(drive(people, port, args.seconds, body, args.think))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        total = sum(len(v) for v in times.values())
        print(
            f"{len(people)} users, think {args.think:g} s, {args.seconds:.0f} s, {total} requests "
            f"({total / args.seconds:.0f}/s), {len(errors)} errors"
        )
        print(f"{'request':<12}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}")
        for kind in ("inbox", "form page", "live-score"):
            v = times.get(kind, [])
            if len(v) >= 2:
                p50, p95 = _percentile(v, 50) * 1000, _percentile(v, 95) * 1000
                print(f"{kind:<12}{len(v):>8}{p50:>10.1f}{p95:>10.1f}")
        for e in errors[:5]:
            print("error:", e)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
