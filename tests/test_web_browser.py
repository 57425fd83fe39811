"""The web map in a real headless browser: loads offline, filters by type and date, shows highlighted evidence.

Needs Debian's chromium (/usr/bin/chromium), the `playwright` Python package
(its bundled browsers are never downloaded) and the built bundle
(scripts/build_web.sh); skipped with a message when any is missing.
Screenshots go to tests/artifacts/ for a human look.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.api.app import WEB_DIR, create_app
from marsad.api.synthetic import build_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright to run browser tests")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)
if not (WEB_DIR / "static" / "app.js").exists():
    pytest.skip("web bundle not built: run scripts/build_web.sh", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("web") / "marsad.db"
    build_store(str(db), 80, 3, seed=11)
    port = free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        # Offline check: any request leaving the test server fails the test.
        outside: list[str] = []
        context.route(lambda url: not url.startswith(server), lambda route: (outside.append(route.request.url), route.abort()))
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda err: errors.append(str(err)))
        yield pg
        assert not outside, f"page tried to reach the network: {outside}"
        assert not errors, f"JavaScript errors: {errors}"
        browser.close()


def test_map_filters_and_event_detail_with_highlighted_evidence(page, server: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    page.wait_for_selector("#event-list li[data-id]")
    page.wait_for_selector(".map-label.country", state="attached")
    assert page.locator("#histogram rect.bar").count() > 10
    page.screenshot(path=str(ARTIFACTS / "web_all_events.png"))

    page.select_option("#filters [name=event_type]", "Battles")
    page.fill("#filters [name=date_from]", "2018-07-10")
    page.fill("#filters [name=date_to]", "2018-07-31")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.search.includes('event_type=Battles')")
    page.wait_for_function(
        "[...document.querySelectorAll('#event-list li[data-id]')].every(li => li.textContent.includes('Armed clash'))"
    )
    assert "date_from=2018-07-10" in page.url and "date_to=2018-07-31" in page.url
    dates = page.locator("#event-list li[data-id] b").all_inner_texts()
    assert dates and all("2018-07-10" <= d <= "2018-07-31" for d in dates)

    page.locator("#event-list li[data-id]").first.click()
    mark = page.locator("#detail .article-text mark.evidence")
    mark.wait_for()
    assert "اشتباكات" in mark.inner_text()
    assert page.locator("#detail .article-text").get_attribute("dir") == "rtl"
    assert "Armed clash" in page.locator("#detail h2").inner_text()
    assert "event=" in page.url
    page.screenshot(path=str(ARTIFACTS / "web_event_detail.png"))


def test_language_toggle_and_shared_url_restore_filters(page, server: str) -> None:
    page.goto(server + "/?event_type=Protests&lang=ar")
    page.wait_for_selector("#event-list li[data-id]")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.input_value("#filters [name=event_type]") == "Protests"
    assert page.locator("[data-i18n=filters]").inner_text() == "التصفية"
    page.locator("#event-list li[data-id]").first.click()
    page.locator("#detail mark.evidence").wait_for()
    page.screenshot(path=str(ARTIFACTS / "web_arabic_protests.png"))
    page.click("#detail-close")
    page.click("#lang-toggle")
    assert page.locator("[data-i18n=filters]").inner_text() == "Filters"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert "lang=ar" not in page.url and "event_type=Protests" in page.url


def test_brushing_the_timeline_sets_the_date_filter(page, server: str) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#histogram rect.bar")
    box = page.locator("#histogram").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.up()
    page.wait_for_function("location.search.includes('date_from=') && location.search.includes('date_to=')")
    date_from = page.input_value("#filters [name=date_from]")
    date_to = page.input_value("#filters [name=date_to]")
    assert date_from < date_to
    page.wait_for_function(
        "(a) => [...document.querySelectorAll('#event-list li[data-id] b')].every(b => b.textContent >= a[0] && b.textContent <= a[1])",
        arg=[date_from, date_to],
    )
    assert page.locator("#histogram rect.bar.out").count() > 0


def test_min_confidence_filter_reaches_the_url_and_the_detail_shows_the_score(page, server: str) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#event-list li[data-id]")
    everything = page.locator("#event-list li[data-id]").count()
    page.fill("#filters [name=min_confidence]", "0.6")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.search.includes('min_confidence=0.6')")
    page.wait_for_function(f"document.querySelectorAll('#event-list li[data-id]').length < {everything}")
    page.locator("#event-list li[data-id]").first.click()
    page.locator("#detail mark.evidence").wait_for()
    score = page.locator("#detail tr", has_text="Confidence").locator("td").inner_text()
    assert float(score) >= 0.6
    assert "faint" in page.locator("#legend").inner_text()
