"""Shared test options: ``--update-goldens`` rewrites golden snapshot files instead of comparing.

Tests marked ``shared`` read the real forms in ../shared (the seed and the corpus) in place. In a
clone without that folder beside it they are skipped with the reason, not failed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: reads the seed or corpus from ../shared in place")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"{SHARED} 不在项目旁边：读取真实种子表与语料的测试未运行")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite tests/snapshots/* from the current output (review the diff first)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
