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
# while some workers wait on PostgreSQL or Elasticsearch. The master loads
# the search index (about 185 MB resident at 100,000 documents) and the
# workers share it: each needs about 50 MB of its own; on a machine with
# little memory, set WEB_CONCURRENCY lower. os.sched_getaffinity counts
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


def when_ready(server):
    """Load the search index in the master, once, before the workers fork.

    The workers then share it copy-on-write and answer their first search
    at once (about 40 MB of its own and 0.1 to 3 s each otherwise, at 100,000
    documents). ``gc.freeze`` keeps the collector from writing to the
    shared objects in each worker, which would copy their pages. A failure
    (no database yet, a migration pending) is logged, not fatal: each worker
    then loads the index on its first search, as without this hook.
    """
    import gc

    try:
        import search

        search.warm()
    except Exception as error:
        # One line, not a traceback: a first start before `migrate` is normal.
        server.log.warning(
            "The search index was not loaded before forking the workers "
            "(each loads it on its first search): %s: %s",
            type(error).__name__,
            error,
        )
    # The connection it opened is closed before each fork (``pre_fork``).
    gc.freeze()


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
