"""The HTML report in a real browser: Debian's headless Chromium, driven over DevTools.

Why the DevTools protocol over a pipe (`--remote-debugging-pipe`) rather than Selenium or
Playwright: it needs nothing but the Chromium binary and the standard library. Selenium needs a
chromedriver of the exact same version (CI installs only `chromium`) and Playwright needs Node;
a websocket client would be a new dependency for a protocol that Chromium also speaks as
NUL-separated JSON on file descriptors 3 and 4. The client below is about sixty lines.

The test opens a report from disk (file://) and asserts: no console errors or uncaught
exceptions (a CSP violation or a script error would show here), no request leaves the file
(self-contained), following a checklist card's link brings its highlight into the viewport and
the highlight's label leads back to the card, and a screenshot can be taken (saved under the
test's tmp path, or under $FSLCHECK_SCREENSHOT_DIR when set, for a human to look at).

Skips only outside CI when Chromium is absent; with CI set it fails instead.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"
COMPANY_PACK = Path(__file__).resolve().parent.parent / "rules" / "examples" / "sos-staffing.yaml"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--remote-debugging-pipe", "about:blank",
]
TIMEOUT = 30.0


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _chromium() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


class Browser:
    """A minimal DevTools client: send commands, wait for replies and events."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        # Chromium reads commands on fd 3 and writes replies on fd 4. The child's ends are moved
        # above 9 first so that the two dup2 actions cannot overwrite one another; posix_spawn
        # runs no Python in the child (safe with the reader threads of other browsers).
        child_in = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_out = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        for fd in (to_chrome_r, from_chrome_w):
            os.close(fd)
        null = os.devnull
        self.pid = os.posix_spawn(
            binary,
            [binary, *FLAGS[:-1], f"--user-data-dir={profile}", FLAGS[-1]],
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_DUP2, child_in, 3),
                (os.POSIX_SPAWN_DUP2, child_out, 4),
                (os.POSIX_SPAWN_OPEN, 0, null, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_OPEN, 1, null, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, null, os.O_WRONLY, 0),
            ],
        )
        os.close(child_in)
        os.close(child_out)
        self._writer = os.fdopen(to_chrome_w, "wb", buffering=0)
        self._reader = os.fdopen(from_chrome_r, "rb", buffering=0)
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._arrived = threading.Condition()
        self.log: list[dict[str, Any]] = []  # every event, for the assertions
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buffer = b""
        while chunk := self._reader.read(65536):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                with self._arrived:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.log.append(message)
                    self._arrived.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        number = self._next_id
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._writer.write(json.dumps(message).encode() + b"\0")
        with self._arrived:
            if not self._arrived.wait_for(lambda: number in self._replies, TIMEOUT):
                raise TimeoutError(f"no reply to {method}")
            reply = self._replies.pop(number)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_event(self, method: str, since: int = 0, session: str | None = None) -> dict[str, Any]:
        def wanted(event: dict[str, Any]) -> bool:
            return event["method"] == method and (session is None or event.get("sessionId") == session)

        with self._arrived:
            if not self._arrived.wait_for(lambda: any(map(wanted, self.log[since:])), TIMEOUT):
                raise TimeoutError(f"no {method} event")
            return next(e for e in self.log[since:] if wanted(e))

    def close(self) -> None:
        """Ask the browser to quit; kill it if it has not after ten seconds."""
        try:
            self._writer.write(json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
        except OSError:
            pass
        deadline = time.monotonic() + 10
        while os.waitpid(self.pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
                break
            time.sleep(0.05)
        self._writer.close()


class Page:
    """One tab, attached with a flat session."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": 1100, "height": 900, "deviceScaleFactor": 1, "mobile": False})

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def goto(self, url: str) -> None:
        """Load `url` afresh (from about:blank, so a fragment-only change still loads)."""
        for address in ("about:blank", url):
            mark = len(self.browser.log)
            self.send("Page.navigate", {"url": address})
            self.browser.wait_event("Page.loadEventFired", mark, self.session)
        self._settle()

    def _settle(self, tries: int = 100) -> None:
        """Wait until the page is off about:blank and loaded: a late load event of about:blank can
        end the wait above while the real page is still on its way, and a script run then fails
        with "Inspected target navigated or closed" (seen once in CI)."""
        for _ in range(tries):
            try:
                if self.js("document.readyState === 'complete' && location.href !== 'about:blank'"):
                    return
            except RuntimeError:
                pass  # the navigation is under way
            time.sleep(0.05)
        raise AssertionError("the page did not finish loading")

    def js(self, expression: str) -> Any:
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in reply:
            raise AssertionError(f"script failed: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element's first line box (scrolled into view
        first; the middle of a wrapped link's bounding box may fall between its lines)."""
        box = self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0];"  # a wrapped link: its first line
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent",
                      {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})

    def in_viewport(self, element_id: str) -> bool:
        return self.js(
            f"(() => {{ const e = document.getElementById({json.dumps(element_id)});"
            " if (!e) return false; const r = e.getBoundingClientRect();"
            " return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; })()")

    def wait_until(self, predicate: Any, what: str) -> None:
        deadline = time.monotonic() + 5
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting until {what}")
            time.sleep(0.05)

    def screenshot(self, path: Path, full: bool = False) -> None:
        params: dict[str, Any] = {"format": "png"}
        if full:
            params["captureBeyondViewport"] = True
            size = self.js("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", params)["data"]))


def console_errors(log: list[dict[str, Any]]) -> list[str]:
    errors = []
    for event in log:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(json.dumps(params.get("exceptionDetails", {}))[:500])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(json.dumps(params.get("args", []))[:500])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            errors.append(params["entry"].get("text", ""))
    return errors


def outside_requests(log: list[dict[str, Any]], page_url: str) -> list[str]:
    urls = [e["params"]["request"]["url"] for e in log if e["method"] == "Network.requestWillBeSent"]
    return [u for u in urls if u.split("#")[0] != page_url and not u.startswith("data:")]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    binary = _chromium()
    if binary is None:
        if _in_ci():
            pytest.fail("CI is set but Chromium is not installed (expected /usr/bin/chromium)")
        pytest.skip("Chromium not installed (apt-get install chromium); runs in CI")
    instance = Browser(binary, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield instance
    finally:
        instance.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example release's report, rendered through the public API and the HTML format."""
    import fslcheck
    from fslcheck.report import RenderOptions, html_report

    result = fslcheck.check([str(EXAMPLE)], rules=[str(COMPANY_PACK)])
    assert result.documents[0].document is not None
    page = tmp_path_factory.mktemp("report") / "sos-staffing.html"
    page.write_text(html_report.render(result, RenderOptions(version="test")), encoding="utf-8")
    return page


def _screenshot_dir(tmp_path: Path) -> Path:
    wanted = os.environ.get("FSLCHECK_SCREENSHOT_DIR")
    directory = Path(wanted) if wanted else tmp_path
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def test_report_in_browser(browser: Browser, report: Path, tmp_path: Path) -> None:
    page = Page(browser)
    url = report.as_uri()
    mark = len(browser.log)
    page.goto(url)

    assert page.js("document.documentElement.lang") == "en"
    assert page.js("document.querySelector('.verdict .word').textContent.trim()").endswith("PASS")

    # A card's link to its highlight: the highlight starts off-screen and ends up in view.
    link = page.js("(() => { const a = document.querySelector('.card a[href^=\"#hl-\"]');"
                   " return a && a.getAttribute('href'); })()")
    assert link, "no card links to a highlight"
    target = link[1:]
    # A found element's card is one line until opened (<details>, no script needed): open it.
    holder = page.js(f"document.querySelector('.card a[href=\"{link}\"]').closest('.card').id")
    if page.js(f"document.getElementById('{holder}').tagName") == "DETAILS":
        assert not page.js(f"document.getElementById('{holder}').open")
        page.click(f'[id="{holder}"] > summary')
        page.wait_until(lambda: page.js(f"document.getElementById('{holder}').open"), "the card opens")
    page.js("window.scrollTo(0, 0)")
    assert not page.in_viewport(target), "the highlight is visible before following the link"
    page.click(f'.card a[href="{link}"]')
    page.wait_until(lambda: page.js("location.hash") == link, f"location is {link}")
    page.wait_until(lambda: page.in_viewport(target), f"{target} is in the viewport")
    assert page.js(f"document.getElementById({json.dumps(target)}).matches(':target')")

    # ... and the highlight's label leads back to its card.
    card = page.js(f"document.getElementById({json.dumps(target)}).getAttribute('href')")[1:]
    page.click(f"#{target}")
    page.wait_until(lambda: page.in_viewport(card), f"{card} is in the viewport")
    assert page.js("location.hash") == f"#{card}"

    # Navigating straight to a fragment works too (a link pasted into an email).
    last = page.js("Array.from(document.querySelectorAll('.hl-label')).pop().id")
    page.goto(f"{url}#{last}")
    page.wait_until(lambda: page.in_viewport(last), f"{last} is in the viewport after loading")

    # Fixed-width text keeps its lines: no line of the filing wraps (margin notes sit beside
    # it, not inside it), on screen and in print.
    wrapped = ("Array.from(document.querySelectorAll('.doc-text.fixed .dl-text')).filter(e =>"
               " e.textContent && e.getClientRects().length &&"
               " e.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(e).lineHeight)).length")
    assert page.js("document.querySelectorAll('.doc-text.fixed .dl-text').length") > 50
    assert page.js(wrapped) == 0, "a line of the fixed-width filing wraps on screen"
    page.send("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    assert page.js(wrapped) == 0, "a line of the fixed-width filing wraps in print"
    page.send("Emulation.setEmulatedMedia", {"media": "", "features": []})

    # Screenshots for a human: top of the page, light and dark, and the full page.
    shots = _screenshot_dir(tmp_path)
    page.goto(url)
    page.screenshot(shots / "report-top.png")
    page.screenshot(shots / "report-full.png", full=True)
    page.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    page.screenshot(shots / "report-dark.png")
    page.send("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    assert page.js("getComputedStyle(document.querySelector('nav')).display") == "none"
    assert page.js("Array.from(document.querySelectorAll('article.card details.redline-block')).every(d =>"
                   " Array.from(d.children).every(c => c.getClientRects().length > 0))"), \
        "a collapsed redline stays hidden in print"
    # A passing card prints as its one summary line, opened or not.
    page.js("document.querySelectorAll('details.card.passing').forEach(d => { d.open = true; })")
    assert page.js("Array.from(document.querySelectorAll('details.card.passing')).every(d =>"
                   " Array.from(d.children).every(c => c.tagName === 'SUMMARY' || c.getClientRects().length === 0))"), \
        "a passing card prints more than its summary line"
    page.js("document.querySelectorAll('details.card.passing').forEach(d => { d.open = false; })")
    page.screenshot(shots / "report-print.png", full=True)
    for name in ("report-top.png", "report-full.png", "report-dark.png", "report-print.png"):
        assert (shots / name).stat().st_size > 10_000

    errors = console_errors(browser.log[mark:])
    assert errors == [], f"console errors: {errors}"
    assert outside_requests(browser.log[mark:], url) == []


def test_batch_index_in_browser(browser: Browser, tmp_path: Path) -> None:
    """The index links to every page, and the optional sort works without errors."""
    import fslcheck
    from fslcheck.report import RenderOptions, html_report

    failing = tmp_path / "draft-without-legend.txt"
    failing.write_text("ACME announces results. The Company expects revenue to grow next year.\n")
    result = fslcheck.check([str(EXAMPLE), str(failing)], rules=[str(COMPANY_PACK)])
    written = html_report.write_batch(result, tmp_path / "html", RenderOptions(version="test"))
    page = Page(browser)
    mark = len(browser.log)
    page.goto(written[0].as_uri())
    hrefs = page.js("Array.from(document.querySelectorAll('tbody a')).map(a => a.getAttribute('href'))")
    assert sorted(hrefs) == sorted(p.name for p in written[1:])
    first = "document.querySelector('tbody tr td a').textContent"
    page.click("thead th:nth-child(2) button")  # verdict: failures first
    assert "draft-without-legend" in page.js(first)
    page.click("thead th:nth-child(2) button")
    assert "sos-staffing" in page.js(first)
    page.screenshot(_screenshot_dir(tmp_path) / "index.png")
    page.click("tbody tr td a")
    page.wait_until(lambda: page.js("location.pathname").endswith(".html")
                    and not page.js("location.pathname").endswith("index.html"), "a document page opens")
    assert page.js("document.querySelector('nav a').getAttribute('href')") == "index.html"
    errors = console_errors(browser.log[mark:])
    assert errors == [], f"console errors: {errors}"


def test_seed_report_prints_on_three_pages_with_running_head(browser: Browser, report: Path, tmp_path: Path) -> None:
    """Print the seed report to PDF as Chromium prints it (Page.printToPDF, the page's own CSS
    @page rules: the running head and "Page x of y" are page-margin boxes), then read the PDF's
    text with PDFium: at most three pages, and every page carries the running head (document,
    verdict, rule pack) and its page number."""
    import pypdfium2 as pdfium

    page = Page(browser)
    page.goto(report.as_uri())
    data = page.send("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True,
                                         "displayHeaderFooter": False})["data"]
    pdf_path = _screenshot_dir(tmp_path) / "sos-staffing.pdf"
    pdf_path.write_bytes(base64.b64decode(data))
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    assert 1 <= len(pages) <= 3, f"the seed report prints on {len(pages)} pages"
    for number, text in enumerate(pages, 1):
        flat = " ".join(text.split())
        assert "sos-staffing_2003-10-01_8k-ex99.txt \u00b7 PASS \u00b7 rule pack sos-staffing 2003.10" in flat, \
            f"page {number} has no running head"
        assert f"Page {number} of {len(pages)}" in flat, f"page {number} has no page number"


def test_edited_seed_prints_compactly(browser: Browser, tmp_path: Path) -> None:
    """The edited seed (three problems, a redline of the whole legend) prints on at most four
    pages: problem cards may run over a page break instead of leaving a part of a page blank."""
    import pypdfium2 as pdfium

    import fslcheck
    from fslcheck.report import RenderOptions, html_report

    from .test_report_review import edited_seed

    result = fslcheck.check([str(edited_seed(tmp_path))], rules=[str(COMPANY_PACK)])
    path = tmp_path / "edited.html"
    path.write_text(html_report.render(result, RenderOptions(version="test")), encoding="utf-8")
    page = Page(browser)
    page.goto(path.as_uri())
    data = page.send("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})["data"]
    pdf = pdfium.PdfDocument(base64.b64decode(data))
    try:
        count = len(pdf)
        last = " ".join(pdf[count - 1].get_textpage().get_text_range().split())
    finally:
        pdf.close()
    assert count <= 4, f"the edited seed prints on {count} pages"
    assert f"Page {count} of {count}" in last
