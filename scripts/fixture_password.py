"""Save Office files with a password through LibreOffice's UNO API, as "Save with password" does.

``--convert-to`` has no password option for spreadsheets, so this script drives a headless
LibreOffice over a pipe. It needs LibreOffice's Python bridge (Debian ``python3-uno``, installed by
``scripts/system-packages``) and therefore runs under the system Python, not the project venv:
``/usr/bin/python3 scripts/fixture_password.py PASSWORD FILTER SOURCE TARGET [SOURCE TARGET ...]``
(FILTER e.g. ``Calc MS Excel 2007 XML``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import uno  # type: ignore[import-not-found]  # LibreOffice's bridge, only in the system Python
from com.sun.star.beans import NamedValue, PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

_PIPE = "jixiao_fixture_password"


def _props(**values: Any) -> tuple[Any, ...]:
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        out.append(prop)
    return tuple(out)


def _secret(filter_name: str, password: str) -> dict[str, Any]:
    """The binary filters (.xls/.doc) take a Password; the OOXML export reads EncryptionData's
    OOXPassword instead (and fails to write when handed both)."""
    if "XML" not in filter_name:
        return {"Password": password}
    values = []
    for name, value in (("OOXPassword", password), ("CryptoType", "Standard")):
        item = NamedValue()
        item.Name, item.Value = name, value
        values.append(item)
    return {"EncryptionData": uno.Any("[]com.sun.star.beans.NamedValue", tuple(values))}


def _connect(deadline: float) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={_PIPE};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def _end(office: subprocess.Popen[bytes]) -> None:
    """Stop the LibreOffice we started: its process group (the wrapper and soffice.bin)."""
    try:
        os.killpg(office.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        office.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(office.pid, signal.SIGKILL)


def save_with_password(password: str, filter_name: str, pairs: list[tuple[Path, Path]]) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        sys.exit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
        cmd += ["--invisible", f"--accept=pipe,name={_PIPE};urp;"]
        # Its own process group: ``soffice`` is a wrapper script around soffice.bin.
        office = subprocess.Popen(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        try:
            desktop = _connect(time.monotonic() + 60)
            for source, target in pairs:
                doc = desktop.loadComponentFromURL(
                    source.resolve().as_uri(), "_blank", 0, _props(Hidden=True)
                )
                try:
                    secret = _secret(filter_name, password)
                    props = _props(FilterName=filter_name, Overwrite=True, **secret)
                    doc.storeToURL(target.resolve().as_uri(), props)
                finally:
                    doc.close(True)
            # The bridge drops as LibreOffice exits, and 7.4 may linger: _end stops it then.
            with contextlib.suppress(Exception):
                desktop.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                office.wait(timeout=15)
        finally:
            _end(office)


def main(argv: list[str]) -> int:
    password, filter_name, *paths = argv
    if not paths or len(paths) % 2:
        sys.exit(__doc__)
    pairs = [(Path(paths[i]), Path(paths[i + 1])) for i in range(0, len(paths), 2)]
    save_with_password(password, filter_name, pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
