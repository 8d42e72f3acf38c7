"""Serve the model site from the command line: `python -m tests.site --port 8765`."""

from __future__ import annotations

import argparse
import signal
import threading

from .render.feeds import ROBOTS_POLICIES
from .server import ModelSite


def main(argv: list[str] | None = None) -> int:
    """Start the site, print its base URL, serve until Ctrl-C or SIGTERM."""
    parser = argparse.ArgumentParser(prog="python -m tests.site", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--robots", choices=sorted(ROBOTS_POLICIES), default="default")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)

    stopping = threading.Event()
    # Both signals only set the event, installed before the URL is printed: a Ctrl-C that
    # arrives at any moment after a caller has read the URL ends the server cleanly.
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    with ModelSite(
        host=args.host, port=args.port, robots=args.robots, verbose=args.verbose
    ) as site:
        print(site.base_url, flush=True)
        stopping.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
