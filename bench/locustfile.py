"""The load run's mix (``bench.load`` starts locust with this file).

Three readers to one member: anonymous readers open the pages and search;
members sign in through the real log-in form once, then open the pages
(members-only parts included). ``BENCH_LOAD_URLS`` (JSON, written by
``bench.load``) says which URLs; ``BENCH_LOAD_REQUESTS`` stops the run after
that many requests, whatever ``--run-time`` allows.

The server runs the production settings over plain http on 127.0.0.1:
every request says ``X-Forwarded-Proto: https`` (the proxy's header that
production trusts), and the Secure cookies the server sets (session, CSRF)
are kept for plain http, since the client would otherwise never send them
back over http.
"""

import json
import os
import random
import re

from locust import HttpUser, between, events, task

URLS = json.loads(os.environ.get("BENCH_LOAD_URLS", "{}"))
LIMIT = int(os.environ.get("BENCH_LOAD_REQUESTS", "0"))
HEADERS = {"X-Forwarded-Proto": "https"}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_sent = {"requests": 0}


@events.request.add_listener
def stop_at_the_limit(**_kwargs):
    """A fixed number of requests: stop the runner when it is reached."""
    _sent["requests"] += 1
    if LIMIT and _sent["requests"] >= LIMIT:
        runner = events_environment.get("runner")
        if runner is not None and runner.state not in ("stopping", "stopped"):
            runner.quit()


events_environment = {}


@events.init.add_listener
def remember_the_runner(environment, **_kwargs):
    events_environment["runner"] = environment.runner


def insecure_cookies(client):
    """Let the Secure cookies travel over the load run's plain http."""
    for cookie in client.cookies:
        cookie.secure = False


class AnonymousReader(HttpUser):
    weight = 3
    wait_time = between(0, 0.05)

    @task(3)
    def page(self):
        url = random.choice(URLS["pages"])  # noqa: S311 (a load mix, not a secret)
        self.client.get(url, headers=HEADERS, name=f"anonymous {url}")

    @task(1)
    def search(self):
        url = random.choice(URLS["search"])  # noqa: S311
        self.client.get(url, headers=HEADERS, name="search")


class Member(HttpUser):
    weight = 1
    wait_time = between(0, 0.05)

    def on_start(self):
        login = URLS["login"]
        origin = f"https{self.host.removeprefix('http')}"
        response = self.client.get(login, headers=HEADERS, name="sign in (form)")
        insecure_cookies(self.client)
        token = TOKEN.search(response.text)
        with self.client.post(
            login,
            data={
                "login": URLS["username"],
                "password": URLS["password"],
                "csrfmiddlewaretoken": token.group(1) if token else "",
            },
            headers={**HEADERS, "Origin": origin, "Referer": f"{origin}{login}"},
            allow_redirects=False,
            name="sign in",
            catch_response=True,
        ) as answer:
            insecure_cookies(self.client)
            if answer.status_code != 302 or "sessionid" not in self.client.cookies:
                answer.failure(f"sign-in failed: {answer.status_code}")
        # A page only the signed-in get: proves the session travels.
        with self.client.get(
            URLS["signed_in"],
            headers=HEADERS,
            allow_redirects=False,
            name="signed-in check",
            catch_response=True,
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"not signed in: {answer.status_code}")

    @task
    def page(self):
        url = random.choice(URLS["pages"])  # noqa: S311
        self.client.get(url, headers=HEADERS, name=f"member {url}")
        insecure_cookies(self.client)
