"""The main flow in a real browser: Debian's Chromium driven by Playwright (never downloaded).

A 填报人 creates a form, sees the scores change as they type and submits; a 审核人 returns it with a
comment; the 填报人 fixes it and resubmits; the 审核人 approves. Screenshots: tests/web/artifacts/.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "clean-2023.json"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # plain synchronous code all the same.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-sync",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield browser
        browser.close()


def _login(browser, base: str, username: str):  # type: ignore[no-untyped-def]
    page = browser.new_page(locale="zh-CN", viewport={"width": 1400, "height": 1000})
    page.goto(f"{base}/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', f"pw-{username}")
    page.click("button:has-text('登录')")
    return page


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _ready(page) -> None:  # type: ignore[no-untyped-def]
    # htmx is loaded with defer: typing before it is ready would send nothing.
    page.wait_for_function("window.htmx !== undefined")


def test_fill_submit_return_fix_resubmit_approve(browser, live_server, people) -> None:
    from playwright.sync_api import expect

    base = live_server.url
    filler = _login(browser, base, "filler")
    filler.set_input_files('input[name="file"]', str(EXAMPLE))
    filler.click("button:has-text('上传并读取')")
    expect(filler.locator("h1")).to_have_text("项目支出绩效自评表")
    _ready(filler)
    expect(filler.locator("#calc-funds-score")).to_have_text("10.00")
    expect(filler.locator("#counts .n-error")).to_have_text("0")

    # Typing half the budget as executed: the rule score and an error appear beside the row.
    filler.fill('input[name="funds.total.executed"]', "14")
    expect(filler.locator("#calc-funds-rate")).to_have_text("50.00")
    expect(filler.locator("#calc-funds-score")).to_have_text("5.00")
    expect(filler.locator("#find-funds-total .finding.error").first).to_be_visible()
    _shot(filler, "1-filler-live-score")
    filler.fill('input[name="funds.total.executed"]', "28")
    expect(filler.locator("#calc-funds-score")).to_have_text("10.00")
    expect(filler.locator("#find-funds-total .finding.error")).to_have_count(0)

    filler.click("button:has-text('保存并提交')")
    filler.click("button:has-text('提交审核')")
    expect(filler.locator("#status")).to_have_text("待审")
    _shot(filler, "2-filler-submitted")

    reviewer = _login(browser, base, "dept_reviewer")
    expect(reviewer.locator("nav.tabs")).to_contain_text("待审（1）")
    _shot(reviewer, "3a-reviewer-inbox")
    reviewer.click("text=基层预算绩效管理能力培训项目（示例）")
    reviewer.fill('section.review textarea[name="comment"]', "请补充培训签到表")
    reviewer.click("button:has-text('退回修改')")
    expect(reviewer.locator("#status")).to_have_text("已退回")
    _shot(reviewer, "3-reviewer-returned")

    filler.reload()
    expect(filler.locator("#transitions")).to_contain_text("请补充培训签到表")
    _ready(filler)
    filler.fill('textarea[name="indicators[0].deviation"]', "已补充签到表（附件）")
    filler.click("button:has-text('保存并提交')")
    filler.click("button:has-text('提交审核')")
    expect(filler.locator("#status")).to_have_text("待审")

    reviewer.reload()
    reviewer.fill('input[name="review_score"]', "98")
    reviewer.click("button:has-text('审核通过')")
    expect(reviewer.locator("#status")).to_have_text("已通过")
    expect(reviewer.locator("#review-score")).to_have_text("98.00")
    _shot(reviewer, "4-reviewer-approved")
    with reviewer.expect_download() as download:
        reviewer.click("text=带审核标注的 PDF")
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF-") and len(pdf) > 10_000
    (ARTIFACTS / "approved-form.pdf").write_bytes(pdf)

    filler.reload()
    expect(filler.locator('input[name="funds.total.executed"]')).to_have_count(0)  # frozen
    filler.click("text=历史记录")
    expect(filler.locator("body")).to_contain_text("已补充签到表（附件）")
    _shot(filler, "5-history")


def test_a_blank_form_scores_as_the_filler_types(browser, live_server, people) -> None:
    from playwright.sync_api import expect

    page = _login(browser, live_server.url, "filler")
    page.fill('input[name="project"]', "校舍维修")
    page.click("button:has-text('新建空白表')")
    _ready(page)
    page.fill('[name="indicators[0].name"]', "维修校舍面积")
    page.fill('input[name="indicators[0].target"]', "≥1000平方米")
    page.fill('input[name="indicators[0].actual"]', "800平方米")
    page.fill('input[name="indicators[0].weight"]', "20")
    expect(page.locator("#calc-ind-0")).to_have_text("16.00")
    page.fill('input[name="indicators[0].actual"]', "1000平方米")
    expect(page.locator("#calc-ind-0")).to_have_text("20.00")
    _shot(page, "6-blank-form-typing")


def teardown_module() -> None:
    if os.environ.get("JIXIAO_KEEP_ARTIFACTS") == "0":
        shutil.rmtree(ARTIFACTS, ignore_errors=True)


def test_two_people_save_the_same_form_the_second_is_told(browser, live_server, make_form) -> None:
    from playwright.sync_api import expect

    record = make_form()
    first = _login(browser, live_server.url, "filler")
    second = browser.new_page(locale="zh-CN", viewport={"width": 1400, "height": 1000})
    second.context.add_cookies(first.context.cookies())  # the same officer in a second window
    for page in (first, second):
        page.goto(f"{live_server.url}/forms/{record.pk}/")
        _ready(page)
    first.fill('textarea[name="goals.actual"]', "第一个窗口的修改")
    first.click("button:has-text('保存草稿')")
    expect(first.locator(".msg.success")).to_contain_text("已保存（第 2 版）")
    second.fill('textarea[name="goals.actual"]', "第二个窗口的修改")
    second.click("button:has-text('保存草稿')")
    expect(second.locator(".msg.error")).to_contain_text("保存失败：此表已被")
    expect(second.locator('textarea[name="goals.actual"]')).to_have_value("第二个窗口的修改")
    _shot(second, "7-second-saver-told")
    second.click("button:has-text('保存草稿')")  # having seen the message, they save knowingly
    expect(second.locator(".msg.success")).to_contain_text("已保存（第 3 版）")
