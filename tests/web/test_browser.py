"""`mldojo serve` in a real headless Chromium, as a user opens it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import free_port

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def served_home(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env["MLDOJO_HOME"] = str(tmp_path / "home")
    subprocess.run(
        [sys.executable, "-m", "mldojo", "init", "--yes", "--name", "Ada Lovelace"],
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mldojo", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/api/status", timeout=1)
            break
        except OSError as exc:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                detail = server.stderr.read().decode() if server.stderr else "serve died"
                raise RuntimeError(detail) from exc
            time.sleep(0.2)
    try:
        yield url, env
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_dashboard_in_chromium_shows_profile_and_counts(
    served_home: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    url, _ = served_home
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(url)
            assert page.get_by_test_id("profile-name").inner_text() == "Ada Lovelace"
            assert page.get_by_role("heading", name="Content bank").is_visible()
            assert page.get_by_test_id("count-dsa").inner_text().isdigit()
            page.screenshot(path=str(tmp_path / "dashboard.png"))
        finally:
            browser.close()
