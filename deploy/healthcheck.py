"""The container's health check: GET /healthz on the local gunicorn.

Docker runs it inside the container (``HEALTHCHECK`` in the Dockerfile),
where there is no curl. It asks as the proxy would: with a host name the
site accepts (the first of ALLOWED_HOSTS) and ``X-Forwarded-Proto: https``,
so that neither the host check nor the redirect to HTTPS can answer in the
application's place. Exit status 0 when /healthz answers 200.
"""

import http.client
import os
import sys


def main():
    # ".example.org" allows example.org and its subdomains; "*" allows any.
    host = (os.environ.get("ALLOWED_HOSTS") or "").split(",")[0].strip().lstrip(".")
    host = "localhost" if host in ("", "*") else host
    port = int(os.environ.get("GUNICORN_BIND", ":8000").rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", "/healthz", headers={"Host": host, "X-Forwarded-Proto": "https"})
        status = connection.getresponse().status
    except OSError as error:
        print(f"/healthz: {error}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    if status != 200:
        print(f"/healthz answered {status}", file=sys.stderr)
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
