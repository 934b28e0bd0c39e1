"""Web app under load: 50 concurrent clients on loopback, 90 % page views and 10 % Submit.

Starts `mldojo serve` with a throw-away MLDOJO_HOME, warms it up (time limits calibrated, pool
started), then runs a bounded number of requests from N client threads, each on its own
keep-alive connection. Each client is a user who pauses between requests (exponential think
time, mean 1 s by default; --think-ms 0 sends back to back: a stress test of capacity). Pages
are the dashboard (/) and the problem page (/problems/two-sum); Submit is POST
/api/problems/climbing-stairs/submit with a trivial accepted solution (all its tests, public and
hidden, are small), graded by the local warm pool.

    .venv/bin/python bench/web.py [--clients 50] [--requests 3000] [--think-ms 1000]
Targets: p99 <= 100 ms for pages, p50 <= 60 ms for Submit.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

SOURCE = """class Solution:
    def climbStairs(self, n):
        a, b = 1, 1
        for _ in range(n):
            a, b = b, a + b
        return a
"""
SUBMIT_PATH = "/api/problems/climbing-stairs/submit"
PAGES = ("/", "/problems/two-sum")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _identity(port: int, number: int, multi_user: bool) -> dict[str, str]:
    """Return the headers one client sends: a CSRF token, and in multi-user mode the session
    cookie of its own new account (registered through the form, as a person would)."""
    if not multi_user:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/csrf") as response:
            return {"X-CSRF-Token": json.loads(response.read())["token"]}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", "/register")
    page = connection.getresponse().read().decode()
    token = page.split('"X-CSRF-Token": "', 1)[1].split('"', 1)[0]
    password = f"bench password {number} long enough"
    form = urllib.parse.urlencode(
        {
            "username": f"learner{number}",
            "password": password,
            "password_again": password,
            "csrf_token": token,
        }
    )
    connection.request(
        "POST",
        "/register",
        body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    response = connection.getresponse()
    response.read()
    cookie = (response.getheader("set-cookie") or "").split(";", 1)[0]
    if response.status != 303 or not cookie:
        raise RuntimeError(f"registering learner{number}: HTTP {response.status}")
    connection.request("GET", "/api/csrf", headers={"Cookie": cookie})
    csrf = json.loads(connection.getresponse().read())["token"]
    connection.close()
    return {"Cookie": cookie, "X-CSRF-Token": csrf}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="total, over all clients")
    parser.add_argument("--submit-share", type=float, default=0.10)
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="mldojo serve --workers"
    )
    parser.add_argument(
        "--think-ms",
        type=float,
        default=1000.0,
        help="mean pause between a client's requests (exponential); 0 for a stress test",
    )
    parser.add_argument(
        "--multi-user",
        action="store_true",
        help="serve --multi-user, each client its own account (a class), not one shared user",
    )
    options = parser.parse_args()

    home = tempfile.mkdtemp(prefix="mldojo-bench-web-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env["MLDOJO_HOME"] = home
    mldojo = [sys.executable, "-m", "mldojo"]
    subprocess.run(
        [*mldojo, "init", "--yes", "--name", "Bench"], env=env, check=True, capture_output=True
    )
    port = _free_port()
    mode = ["--multi-user"] if options.multi_user else []
    server = subprocess.Popen(
        [*mldojo, "serve", "--port", str(port), "--workers", str(options.workers), *mode],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/api/status", timeout=1)  # noqa: S310
                break
            except urllib.error.HTTPError:
                break  # it answers (multi-user mode asks for a login)
            except OSError:
                time.sleep(0.2)
        body = json.dumps({"source": SOURCE}).encode()
        identities = [_identity(port, i, options.multi_user) for i in range(options.clients)]

        def one(
            connection: http.client.HTTPConnection,
            kind: str,
            path: str,
            headers: dict[str, str] = identities[0],
        ) -> float:
            started = time.perf_counter()
            for attempt in range(2):
                try:
                    if kind == "submit":
                        sent = {**headers, "Content-Type": "application/json"}
                        connection.request("POST", path, body=body, headers=sent)
                    else:
                        connection.request("GET", path, headers=headers)
                    response = connection.getresponse()
                    break
                except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                    # The server closed an idle keep-alive connection: reconnect, as browsers do.
                    connection.close()
                    started = time.perf_counter()
                    if attempt:
                        raise
            payload = response.read()
            elapsed = (time.perf_counter() - started) * 1000
            if response.status != 200:
                raise RuntimeError(f"{path}: HTTP {response.status}: {payload[:200]!r}")
            if kind == "submit" and json.loads(payload)["verdict"] != "accepted":
                raise RuntimeError(f"submit not accepted: {payload[:300]!r}")
            return elapsed

        # Warm every server process (each has its own caches and pool): several connections.
        for _ in range(4 * options.workers):
            warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            for _ in range(2):
                one(warm, "submit", SUBMIT_PATH)
                for page in PAGES:
                    one(warm, "page", page)
            warm.close()

        results: dict[str, list[float]] = {"/": [], "/problems/two-sum": [], "submit": []}
        lock = threading.Lock()
        per_client = max(1, options.requests // options.clients)
        errors: list[str] = []

        def client(seed: int) -> None:
            rng = random.Random(seed)
            headers = identities[seed]
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            if options.think_ms:  # users arrive over time, not all in the same millisecond
                time.sleep(rng.uniform(0, options.think_ms) / 1000)
            try:
                for _ in range(per_client):
                    if rng.random() < options.submit_share:
                        key, ms = (
                            "submit",
                            one(connection, "submit", SUBMIT_PATH, headers),
                        )
                    else:
                        key = rng.choice(PAGES)
                        ms = one(connection, "page", key, headers)
                    with lock:
                        results[key].append(ms)
                    if options.think_ms:
                        time.sleep(rng.expovariate(1 / options.think_ms) / 1000)
            except Exception as exc:
                errors.append(repr(exc))
            finally:
                connection.close()

        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(options.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        pages = results["/"] + results["/problems/two-sum"]
        total = len(pages) + len(results["submit"])
        print(
            f"web: {options.clients} clients"
            f" ({'each its own account' if options.multi_user else 'one shared user'}), "
            f"{total} requests in {wall:.1f} s "
            f"({total / wall:.0f} req/s), think time {options.think_ms:g} ms, "
            f"{options.workers} server processes, {os.cpu_count()} CPUs, "
            f"load average {load_before:.2f} before, "
            f"{os.getloadavg()[0]:.2f} after"
        )
        for name, values in (
            ("pages (all)", pages),
            ("  dashboard /", results["/"]),
            ("  problem page", results["/problems/two-sum"]),
            ("submit", results["submit"]),
        ):
            if values:
                print(
                    f"{name:<16} n={len(values):<5} p50 {statistics.median(values):7.1f} ms   "
                    f"p99 {_percentile(values, 0.99):7.1f} ms   max {max(values):7.1f} ms"
                )
        if errors:
            print(f"{len(errors)} clients failed, first: {errors[0]}")
        print(
            "targets: pages p99 <= 100 ms:",
            "met" if pages and _percentile(pages, 0.99) <= 100 else "MISSED",
            "· submit p50 <= 60 ms:",
            "met" if results["submit"] and statistics.median(results["submit"]) <= 60 else "MISSED",
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
