"""Start the web app: migrate, optionally create the demo, and serve with waitress."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
from collections.abc import Callable
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


class StartupError(Exception):
    """The server cannot start; ``message`` says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def setup() -> None:
    """Configure Django (settings from ``jixiao.web.settings``) and apply migrations."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
    import django
    from django.core.management import call_command
    from django.db import Error as DatabaseError

    try:
        django.setup()
        call_command("migrate", interactive=False, verbosity=0)
    except ValueError as exc:  # DATABASE_URL of an unknown kind
        raise StartupError(str(exc)) from None
    except DatabaseError as exc:
        raise StartupError(f"无法连接或更新数据库：{str(exc).strip()[:300]}") from None


def describe_database() -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    where = db["NAME"] if "sqlite" in db["ENGINE"] else f"PostgreSQL {db['HOST']}/{db['NAME']}"
    return f"数据目录：{settings.DATA_DIR}；数据库：{where}"


def create_demo(say: Callable[[str], None]) -> None:
    from jixiao.store.demo import DEMO_PASSWORD, create_demo

    found = EXAMPLES.is_dir()
    users = create_demo(EXAMPLES if found else None)
    if not found:
        say("未找到 examples/ 目录（从源代码运行时才有），示例表未创建。")
    say(f"示例账号（密码均为 {DEMO_PASSWORD}）：")
    for u in users:
        say(f"  {u.username:<10} {u.role.label}  {u.org}  {u.name}")


def listen(host: str, port: int) -> socket.socket:
    """Bind the port before anything is announced, so a busy port is a message, not a trace."""
    try:
        return socket.create_server((host, port), backlog=1024)
    except OSError as exc:
        raise StartupError(
            f"无法在 {host}:{port} 上启动：{exc.strerror or exc}"
            "（端口已被占用？可用 --port 换一个）"
        ) from None


def serve(listener: socket.socket, threads: int, workers: int = 1) -> None:
    """Serve with waitress; ``workers`` > 1 forks processes sharing the listening socket, since
    one Python process uses one core however many threads it has (the GIL)."""
    from django.db import connections
    from waitress import serve as waitress_serve

    from jixiao.web.wsgi import application

    if workers <= 1:
        waitress_serve(application, sockets=[listener], threads=threads, ident="jixiao")
        return
    connections.close_all()  # a connection must never be shared across a fork
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:
            waitress_serve(application, sockets=[listener], threads=threads, ident="jixiao")
            os._exit(0)
        children.append(pid)
    _wait_for_children(children)


def _wait_for_children(children: list[int]) -> None:
    def stop(signum: int, _frame: object) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for pid in children:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
