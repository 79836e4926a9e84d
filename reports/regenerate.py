"""Regenerate the sample reports in reports/sample/ (see reports/README.md).

Run from anywhere, with fslcheck installed (and Chromium for the screenshots and page counts):

    python reports/regenerate.py            # pages, batch, screenshots; prints the printed page counts
    python reports/regenerate.py --no-browser   # pages and batch only

The pages are written by the command line a user runs (`fslcheck check ... --format html`,
`--html DIR`), from the repository root so the pages name documents by relative paths. The
generation time shown in them is pinned to the last commit's time (SOURCE_DATE_EPOCH, unless
already set), so regenerating without changes gives the same HTML. The screenshots are the top of
each page at 1100 pixels wide, taken by headless Chromium over the DevTools client the browser
tests use; each page is also printed to PDF (as the browser test prints the seed) and its page
count reported, so a change that makes a report print longer is seen here.
"""

from __future__ import annotations

import argparse
import base64
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Path("reports") / "sample"
EXAMPLE = Path("examples") / "sos-staffing_2003-10-01_8k-ex99.txt"
PACK = Path("rules") / "examples" / "sos-staffing.yaml"
NEWSWIRE = Path("tests") / "data" / "report" / "newswire-set-aside.txt"
EDITED = SAMPLE / "sos-staffing-edited.txt"
ADDED = "We guarantee 40% growth next year."
SHOT_WIDTH, SHOT_HEIGHT = 1100, 2200


def edited_text() -> str:
    """The example edited as a careless draft would be: 'materially' dropped, the Act's year
    1996, and a sentence added before the approved wording (the same edits the tests make)."""
    text = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    text = text.replace("differ   materially", "differ", 1).replace("Act of 1995", "Act of 1996", 1)
    at = text.index("Statements   in  this")
    return text[:at] + ADDED + " " + text[at:]


def fslcheck(*args: str, env: dict[str, str]) -> None:
    """Run the command line; a failing verdict (exit 1) is expected, an error (2) is not."""
    done = subprocess.run([sys.executable, "-m", "fslcheck", "check", *args], cwd=ROOT, env=env)
    if done.returncode not in (0, 1):
        raise SystemExit(f"fslcheck check {' '.join(args)} exited with {done.returncode}")


def pages(env: dict[str, str]) -> list[Path]:
    """Write the sample pages and the batch; return the pages to photograph."""
    (ROOT / EDITED).write_text(edited_text(), encoding="utf-8")
    single = [(EXAMPLE, SAMPLE / "sos-staffing.html"), (EDITED, SAMPLE / "sos-staffing-edited.html")]
    for source, target in single:
        fslcheck(str(source), "--rules", str(PACK), "--format", "html", "--output", str(target), env=env)
    # The batch folder is the sample's own: written afresh (the command line replaces only the
    # pages its manifest lists, and a checkout may lack the manifest).
    shutil.rmtree(ROOT / SAMPLE / "batch", ignore_errors=True)
    fslcheck(str(EXAMPLE), str(EDITED), str(NEWSWIRE), "--rules", str(PACK), "--html", str(SAMPLE / "batch"), env=env)
    for bookkeeping in (ROOT / SAMPLE / "batch").glob(".fslcheck-manifest*"):
        bookkeeping.unlink()  # the folder's manifest (and lock) record a run, not a sample
    return [ROOT / target for _, target in single] + [ROOT / SAMPLE / "batch" / "index.html"]


def browse(written: list[Path]) -> None:
    """Screenshots (the top of each page) and printed page counts, in headless Chromium."""
    sys.path.insert(0, str(ROOT))
    from tests.test_report_browser import Browser, Page, _chromium  # the tests' DevTools client

    binary = _chromium()
    if binary is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium); use --no-browser")
    names = {"sos-staffing.html": "sos-staffing.png", "sos-staffing-edited.html": "sos-staffing-edited.png",
             "index.html": "batch-index.png"}
    profile = Path(tempfile.mkdtemp(prefix="fslcheck-chromium-"))
    browser = Browser(binary, profile)
    try:
        for page_path in written:
            page = Page(browser)
            page.goto(page_path.as_uri())
            height = min(SHOT_HEIGHT, int(page.js("document.documentElement.scrollHeight")))
            shot = page.send("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": SHOT_WIDTH, "height": height, "scale": 1}})
            (ROOT / SAMPLE / names[page_path.name]).write_bytes(base64.b64decode(shot["data"]))
            pdf = page.send("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})["data"]
            print(f"{page_path.relative_to(ROOT)}: prints on {_page_count(base64.b64decode(pdf))} page(s)")
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)


def _page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-browser", action="store_true", help="skip the screenshots and page counts")
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("SOURCE_DATE_EPOCH"):
        stamp = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
        if stamp.returncode == 0 and stamp.stdout.strip().isdigit():
            env["SOURCE_DATE_EPOCH"] = stamp.stdout.strip()
    written = pages(env)
    if not args.no_browser:
        browse(written)


if __name__ == "__main__":
    main()
