"""Gunicorn's configuration for production (docs/deployment.md, "Gunicorn").

``gunicorn -c deploy/gunicorn.conf.py cms.wsgi`` from the checkout (the
Dockerfile does the same). A few values come from the environment so that
one file serves a small VM and a big one; the rest are decisions, explained
where they are made.
"""

import os

# Behind the reverse proxy: listen where it forwards to. In a container the
# proxy is another container, hence all interfaces there (GUNICORN_BIND).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers: a Django request holds one worker from start to end, and the
# proxy in front buffers slow clients, so a worker never waits on a network
# it does not control. Two per processor plus one keeps the processors busy
# while some workers wait on PostgreSQL or Elasticsearch. Each serving
# process needs about 200 MB once the search index is loaded: on a machine
# with little memory, set WEB_CONCURRENCY lower. os.sched_getaffinity counts
# the processors this process may run on (a container's cpuset), not the
# host's.
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * len(os.sched_getaffinity(0)) + 1)
worker_class = "sync"

# A request that takes longer than this is a bug or a stuck connection: the
# worker is killed and replaced. Certificates (WeasyPrint) and the spreadsheet
# exports are the slowest pages, a few seconds; everything slow by nature
# (e-mail, digests) runs in the task worker, not here.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
# On SIGTERM (a restart, a deployment), requests in flight get this long to finish.
graceful_timeout = 30
# The proxy keeps connections to us open between requests.
keepalive = 5

# Decision: preload the application in the master. Django, Wagtail and the
# URL configuration are imported once, before forking, so the workers share
# those pages copy-on-write (less memory per worker), a worker that replaces
# another (max_requests, a crash) starts in milliseconds instead of seconds,
# and anything the application loads at import time (such as the search
# service's indices) is loaded once for all workers. The price: `kill -HUP`
# (reload) does not see new code, because the master keeps the old one; an
# upgrade therefore restarts the service (docs/deployment.md, "Upgrading").
preload_app = True

# Recycle each worker after about a thousand requests so that a slow leak
# (a library's cache, fragmentation) cannot grow for ever; the jitter keeps
# the workers from all restarting at the same moment.
max_requests = 1000
max_requests_jitter = 100


def pre_fork(server, worker):
    """No connection opened in the master may be inherited by a worker.

    Two processes reading replies on one PostgreSQL socket corrupt each
    other's results; closing the master's connections before each fork makes
    every worker open its own. Django opens them lazily, so this is usually
    a no-op, but anything that queried at import time would otherwise leak.
    """
    from django.db import connections

    connections.close_all()


# The access log goes to standard error with the application's own log (the
# service manager or the container runtime collects both). Each line carries
# the request id that the application returns in X-Request-ID, so that a line
# here and the application's JSON log lines of the same request can be
# matched. No query string (%(U)s, not %(r)s): it may carry a search
# someone typed or a token. Times in microseconds (%(D)s).
accesslog = "-"
access_log_format = (
    '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(D)sus request_id=%({x-request-id}o)s "%(a)s"'
)
# Behind a proxy the client's address is in X-Forwarded-For; the application
# reads it itself (TRUSTED_PROXY_COUNT). Gunicorn only trusts the proxy's
# X-Forwarded-Proto from these addresses (the local proxy by default).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
