"""Latency of the HTTP API on a 200,000-event synthetic store (a benchmark, not a test).

Builds (once, cached) a store of synthetic events, starts `marsad.api.run`
on 127.0.0.1 in a subprocess, then fires a bounded number of requests from
20 concurrent clients per scenario and reports p50/p95 latency.
Goal: p95 <= 150 ms.

Usage (from the repo root): PYTHONPATH=. python bench/api_latency.py [--events 200000] [--requests 400]
       [--clients 20] [--db PATH] [--cache-size 0]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from marsad.api.synthetic import build_store

EVENTS_PER_ARTICLE = 4
SCENARIOS: dict[str, list[dict[str, object]]] = {
    "events (typical filters)": [
        {}, {"event_type": "Battles"}, {"date_from": "2018-08-01", "date_to": "2018-08-07"},
        {"admin1": "Aleppo"}, {"q": "قتل"}, {"bbox": "36,32,37,33.5"}, {"min_fatalities": 10},
        {"actor": "Russia"}, {"event_type": "Protests", "admin1": "Hama"},
    ],
    "stats": [{}, {"date_from": "2018-07-01", "date_to": "2018-07-31"}, {"event_type": "Battles"}],
}
PATHS = {"events (typical filters)": "/api/events", "stats": "/api/stats"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, cache_size: int) -> subprocess.Popen:
    code = (
        "import uvicorn; from marsad.api import create_app; "
        f"uvicorn.run(create_app({str(db)!r}, cache_size={cache_size}), host='127.0.0.1', port={port}, "
        "log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def run_scenario(base: str, path: str, variants: list[dict[str, object]], n: int, clients: int) -> list[float]:
    """`n` requests from `clients` threads, each a keep-alive client like a browser tab; ms per request."""
    local = threading.local()

    def one(i: int) -> float:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=base, timeout=60)
        started = time.perf_counter()
        response = client.get(path, params=variants[i % len(variants)])
        response.raise_for_status()
        return (time.perf_counter() - started) * 1000

    with ThreadPoolExecutor(max_workers=clients) as pool:
        return list(pool.map(one, range(n)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=400, help="requests per scenario (bounded)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--db", type=Path, default=None, help="store to use/create (default: /tmp cache)")
    parser.add_argument("--cache-size", type=int, default=256, help="API result cache; 0 measures every query cold")
    args = parser.parse_args()
    db = args.db or Path(f"/tmp/marsad-bench-{args.events}.db")
    if not db.exists():
        started = time.perf_counter()
        total = build_store(str(db), args.events // EVENTS_PER_ARTICLE, EVENTS_PER_ARTICLE, seed=1)
        print(f"built {db}: {total} events in {time.perf_counter() - started:.1f} s")
    port = free_port()
    server = start_server(db, port, args.cache_size)
    print(f"store {db}, result cache {args.cache_size or 'off'}")
    try:
        base = f"http://127.0.0.1:{port}"
        for name, variants in SCENARIOS.items():
            run_scenario(base, PATHS[name], variants, len(variants) * 2, 1)  # warm caches
            times = sorted(run_scenario(base, PATHS[name], variants, args.requests, args.clients))
            p50 = statistics.median(times)
            p95 = times[int(0.95 * (len(times) - 1))]
            print(f"{name:28s} n={len(times):4d} clients={args.clients}  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms"
                  f"  max {times[-1]:7.1f} ms")
            for variant in variants:  # single-client latency per filter, to spot the slow ones
                single = sorted(run_scenario(base, PATHS[name], [variant], 5, 1))
                print(f"    {statistics.median(single):7.1f} ms  {variant}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
