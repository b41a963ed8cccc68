"""Health checks for load balancers and orchestrators.

``/healthz`` (liveness): the process answers. It touches neither the
database nor the cache, so a database outage does not get every process
restarted (which would not help and would make the outage worse).

``/readyz`` (readiness): may this process take requests? It checks what a
request needs: the database (``SELECT 1``), the shared cache (a key written
and read back), the search engine and the task queue's table. 200 when all
are fine, 503 otherwise, naming the part that failed with a short reason
(the exception's class name): no host names, no error text, no secrets. The
details go to the log, which only operators read.

Both are answered by ``cms.middleware.HealthCheckMiddleware`` before
``ALLOWED_HOSTS`` is checked and before the https redirect: a load balancer
or Kubernetes probes a process by its own address over plain http, and the
answers carry no URL that a forged Host header could poison. They set no
cookie and are never cached.

Apps add their own readiness checks through Wagtail's hook registry, under
``READINESS_HOOK``: a function returning ``(name, check)``, where ``check()``
returns a dict of figures (it is "ok") or raises (it failed). The search
registers its engine's check that way (``search/wagtail_hooks.py``), so that
cms does not import the search.
"""

import logging
import secrets
import time

from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.tasks import TaskResultStatus
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe
from django_tasks_db.models import DBTaskResult
from wagtail import hooks

logger = logging.getLogger(__name__)

#: The hook apps register their readiness checks under (see the module docstring).
READINESS_HOOK = "register_readiness_check"
#: How long the cache check's key lives (seconds), should the delete fail.
CACHE_PROBE_TIMEOUT = 10


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {}


def check_cache():
    """Write a key of this probe's own and read it back: a shared cache that
    accepts writes but loses them (full, misconfigured) fails too."""
    cache = caches["default"]
    key, value = f"health:{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, value, CACHE_PROBE_TIMEOUT)
    if cache.get(key) != value:
        raise LookupError("the cache did not return the value written")
    cache.delete(key)
    return {}


def check_queue():
    """The database queue's table (django-tasks-db) answers; how many tasks
    wait. A long queue is not a failure here: the dashboard shows it."""
    return {"queued": DBTaskResult.objects.filter(status=TaskResultStatus.READY).count()}


def checks():
    """(name, check) of every readiness check: ours, then the apps'."""
    result = [("database", check_database), ("cache", check_cache)]
    result += [register() for register in hooks.get_hooks(READINESS_HOOK)]
    result.append(("queue", check_queue))
    return result


def run(name, check):
    started = time.perf_counter()
    try:
        figures = check() or {}
    except Exception as error:
        # The details for operators, in the log; the probe's answer says little.
        logger.exception("readiness check %s failed", name)
        result = {"status": "fail", "reason": type(error).__name__}
    else:
        result = {"status": "ok", **figures}
    result["duration_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def answer(request, data, status=200):
    if request.method == "HEAD":
        response = HttpResponse(status=status, content_type="application/json")
    else:
        response = JsonResponse(data, status=status)
    add_never_cache_headers(response)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def liveness(request):
    return answer(request, {"status": "ok"})


@require_safe
def readiness(request):
    results = {name: run(name, check) for name, check in checks()}
    failed = [name for name, result in results.items() if result["status"] != "ok"]
    data = {"status": "fail" if failed else "ok", "checks": results}
    if failed:
        data["failed"] = failed
    return answer(request, data, status=503 if failed else 200)


#: The paths the middleware answers, and what with.
VIEWS = {"/healthz": liveness, "/readyz": readiness}
