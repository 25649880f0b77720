"""The batch report: drawn from the database, escaped, and its charts render in a real browser."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jixiao.batch import run_batch
from jixiao.batch.report import render_report
from jixiao.store.audit import DatabaseSink, summary

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
HOSTILE = "<script>alert('x')</script>项目"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def report_html(audit_folder: Path) -> str:
    hostile = json.loads((audit_folder / "2023" / "clean.json").read_text(encoding="utf-8"))
    hostile["project"]["name"] = HOSTILE
    hostile["total"]["score"] = (
        "99"  # a high self-score the rules do not give: listed as suspicious
    )
    (audit_folder / "hostile.json").write_text(json.dumps(hostile, ensure_ascii=False), "utf-8")
    sink = DatabaseSink()
    run_batch([audit_folder], sink, policy="national-2020")
    sink.close()
    return render_report(summary(), scope=str(audit_folder))


def test_report_lists_files_findings_and_escapes_form_text(report_html: str) -> None:
    assert "<script>alert" not in report_html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;项目" in report_html
    for heading in (
        "一、概况",
        "三、自评分与预算执行率",
        "五、最可疑的表",
        "六、按地区（所在文件夹）",
        "十、指标库",
    ):
        assert heading in report_html
    assert "E1.score-above-weight" in report_html and "经费支出进度" in report_html
    # Offline: nothing is loaded from anywhere (namespace URIs in the SVG are names, not fetches).
    assert 'src="http' not in report_html and 'href="http' not in report_html
    assert "<script" not in report_html


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls around it are
    # plain synchronous code all the same.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"],
        )  # fmt: skip
        yield browser
        browser.close()


def test_charts_render_in_chromium(report_html: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page_file = tmp_path / "report.html"
    page_file.write_text(report_html, encoding="utf-8")
    page = browser.new_page(locale="zh-CN", viewport={"width": 1200, "height": 900})
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(page_file.as_uri())
    for chart in ("scores", "grades", "scatter", "findings"):
        svg = page.locator(f"#chart-{chart} svg")
        box = svg.bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 100, chart
        assert svg.locator("path").count() > 10, chart  # axes, bars or points and glyphs drawn
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "batch-report.png"), full_page=True)
    assert failed == []
