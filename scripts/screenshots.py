"""Take screenshots of the main pages of the web app into docs/screenshots/ (headless Chromium).

Starts `mldojo serve` on a free port with a throw-away MLDOJO_HOME, adds a little history (a
solved problem, study time, a note, a review), then opens each page. Needs Debian's chromium:
    .venv/bin/python scripts/screenshots.py [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TWO_SUM = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
"""
WRONG_SOFTMAX = """import numpy as np


def softmax(x):
    e = np.exp(x)
    return e / e.sum()
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _api(url: str, path: str, token: str, body: dict[str, object]) -> None:
    request = urllib.request.Request(  # noqa: S310 - the app on loopback
        url + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "X-CSRF-Token": token},
        method="POST",
    )
    urllib.request.urlopen(request, timeout=60).read()  # noqa: S310 - our own loopback server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    home = Path(tempfile.mkdtemp(prefix="mldojo-shots-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env["MLDOJO_HOME"] = str(home)
    mldojo = [sys.executable, "-m", "mldojo"]
    subprocess.run([*mldojo, "init", "--yes", "--name", "Ada Lovelace"], env=env, check=True)
    subprocess.run(
        [*mldojo, "log", "1h30", "softmax and its gradient", "--topic", "deep-learning"],
        env=env,
        check=True,
    )
    subprocess.run(
        [*mldojo, "note", "add", "statistics", "p-values are **not** effect sizes"],
        env=env,
        check=True,
    )
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*mldojo, "serve", "--port", str(port)], env=env)
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/api/status", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        with urllib.request.urlopen(url + "/api/csrf") as response:  # noqa: S310
            token = json.loads(response.read())["token"]
        _api(url, "/api/problems/two-sum/submit", token, {"source": TWO_SUM})
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=options.chromium, args=CHROMIUM_ARGS
            )
            page = browser.new_page(viewport={"width": 1280, "height": 860})

            def shot(name: str, full: bool = True) -> None:
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=full)
                print("wrote", OUT / f"{name}.png")

            page.goto(url + "/")
            page.wait_for_load_state("networkidle")
            shot("dashboard")
            page.goto(url + "/problems")
            shot("problems", full=False)
            page.goto(url + "/problems/softmax")
            page.wait_for_selector(".cm-editor")
            page.evaluate("text => window.mldojoEditor.setText(text)", WRONG_SOFTMAX)
            page.get_by_test_id("run").click()
            page.wait_for_selector("[data-testid=verdict]", timeout=60_000)
            page.get_by_role("button", name="Show hint 1 of").click()
            page.wait_for_selector("[data-testid=hint]")
            shot("problem", full=False)
            page.goto(url + "/review")
            reveal = page.get_by_test_id("reveal")
            if reveal.count():
                reveal.click()
            shot("review", full=False)
            page.goto(url + "/log")
            page.get_by_label("Duration").fill("ninety")
            page.get_by_label("What did you study?").fill("bias-variance trade-off")
            page.get_by_role("button", name="Log time").click()
            shot("log")
            page.goto(url + "/roadmap")
            shot("roadmap", full=False)
            page.goto(url + "/settings")
            page.get_by_label("Weekly study goal (hours)").fill("500")
            page.get_by_role("button", name="Save settings").click()
            shot("settings")
            page.set_viewport_size({"width": 390, "height": 844})
            page.goto(url + "/problems/two-sum")
            shot("problem-mobile", full=False)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
