"""The layer order of STYLE.md: a package imports only packages above it in this list."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "jixiao"
ORDER = [
    "values",
    "model",
    "readers",
    "scoring",
    "checks",
    "pipeline",
    "writers",
    "batch",
    "store",
    "web",
    "cli",
]
# Only the store and the web app may know Django; no engine layer may import web frameworks.
FRAMEWORKS = {"django", "flask", "fastapi"}
FRAMEWORK_OK = {"store", "web"}
# A writer renders what it is given; it must not be able to re-score (STYLE.md).
FORBIDDEN = {"writers": {"scoring", "checks", "pipeline"}}


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "jixiao" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in ORDER else None


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations(path: Path) -> list[str]:
    rel = path.relative_to(SRC)
    own = rel.parts[0].removesuffix(".py")
    if own not in ORDER:
        return []
    bad = []
    for line, module in _imports(path):
        target = _layer(module)
        if target is not None and (
            ORDER.index(target) > ORDER.index(own) or target in FORBIDDEN.get(own, ())
        ):
            bad.append(f"{rel}:{line} {own} → {target} ({module})")
        if module.split(".")[0] in FRAMEWORKS and own not in FRAMEWORK_OK:
            bad.append(f"{rel}:{line} {own} imports {module}")
    return bad


def test_every_import_points_up_the_layer_order() -> None:
    problems = [v for p in sorted(SRC.rglob("*.py")) for v in _violations(p)]
    assert problems == []


@pytest.mark.parametrize(
    ("importer", "code", "expected"),
    [
        ("values/x.py", "from jixiao.model.form import Form", 1),
        ("model/x.py", "import jixiao.values.types", 0),
        ("writers/x.py", "from jixiao.checks import run_checks", 1),
        ("scoring/x.py", "from django.db import models", 1),
        ("cli/x.py", "from jixiao.pipeline import check_file", 0),
    ],
)
def test_the_layer_test_itself_catches_wrong_arrows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, importer: str, code: str, expected: int
) -> None:
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path)
    file = tmp_path / importer
    file.parent.mkdir(parents=True)
    file.write_text(code + "\n", encoding="utf-8")
    assert len(_violations(file)) == expected
