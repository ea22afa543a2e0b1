"""The HTTP server every fake in the tests runs on 127.0.0.1 (the fake GitHub API, the fake Hub, the hostile
server, the package index): one class, so that all of them listen the same way."""

from __future__ import annotations

from http.server import ThreadingHTTPServer


class LocalServer(ThreadingHTTPServer):
    """A threading HTTP server whose handler threads never keep the test process alive.

    ``request_queue_size`` is the listen backlog, and ``socketserver`` reads it once, when the socket starts
    listening in ``__init__``: set on the class, not on an instance after it is made. The default of 5 drops
    connections when a client opens many at once on a loaded machine (a sweep's worker threads, the Hub client's
    parallel downloads); a dropped connection is retried by the client after its connect timeout, which both slows a
    test by tens of seconds and adds a request the test may be counting."""

    daemon_threads = True
    request_queue_size = 128
