"""The deployment's files (docs/deployment.md), checked without a Docker engine.

The compose file must parse and wire its five services to each other with
variables the settings really read; the Dockerfile must build a slim image
that runs as a user of its own; the image's Python dependencies must resolve
from the package index; gunicorn must start with its configuration and the
production settings and serve; the Elasticsearch index settings must follow
the environment.
"""

import ast
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"
SERVICES = {"app", "worker", "db", "elasticsearch", "redis"}
#: Services that run the application's image, whose environment the settings read.
APPLICATION_SERVICES = ("app", "worker")


def compose():
    return yaml.safe_load(COMPOSE.read_text())


def interpolated(value):
    """A value as compose would pass it, with .env's variables named after themselves.

    ``${NAME:-default}`` gives the default, ``${NAME}`` and ``${NAME:?message}``
    give ``NAME``.
    """

    def replace(match):
        name, operator, word = match.groups()
        return word if operator == ":-" else name.lower()

    return re.sub(r"\$\{(\w+)(?:(:[-?])([^}]*))?\}", replace, str(value))


def variables_read(path):
    """Names of the environment variables a Python file reads.

    ``os.environ.get("X")``, ``os.environ["X"]``, ``os.getenv("X")`` and the
    settings' helpers ``env_bool("X")`` and ``env_list("X")``.
    """
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and node.args:
            function = ast.unparse(node.func)
            if function in {"os.environ.get", "os.getenv", "env_bool", "env_list"}:
                argument = node.args[0]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    names.add(argument.value)
        elif (
            isinstance(node, ast.Subscript)
            and ast.unparse(node.value) == "os.environ"
            and isinstance(node.slice, ast.Constant)
        ):
            names.add(node.slice.value)
    return names


def known_variables():
    """What the application reads: its settings, and gunicorn's configuration."""
    names = {"DJANGO_SETTINGS_MODULE"}
    for path in [*(ROOT / "cms" / "settings").glob("*.py"), GUNICORN_CONF]:
        names |= variables_read(path)
    return names


def test_the_variables_are_found_in_the_settings():
    """The scan itself: a variable the settings are known to read is found."""
    names = known_variables()
    assert {"DATABASE_URL", "SECRET_KEY", "EMAIL_HOST", "REDIS_URL", "ALLOWED_HOSTS"} <= names
    assert {"ELASTICSEARCH_SHARDS", "ELASTICSEARCH_REPLICAS", "WEB_CONCURRENCY"} <= names
    assert "NOT_A_SETTING" not in names


def test_the_compose_file_parses_and_has_the_five_services():
    services = compose()["services"]
    assert set(services) >= SERVICES
    # The optional ones (backups) do not start with `docker compose up`.
    for name in set(services) - SERVICES:
        assert services[name].get("profiles"), name


@pytest.mark.parametrize("service", [*APPLICATION_SERVICES, "backup"])
def test_the_application_services_set_only_variables_the_settings_read(service):
    environment = compose()["services"][service]["environment"]
    unknown = set(environment) - known_variables()
    assert not unknown, f"{service} sets variables nothing reads: {sorted(unknown)}"


def test_the_application_reaches_the_other_services_by_their_names():
    services = compose()["services"]
    for name in APPLICATION_SERVICES:
        environment = {
            key: interpolated(value) for key, value in services[name]["environment"].items()
        }
        assert urlsplit(environment["DATABASE_URL"]).hostname == "db"
        assert urlsplit(environment["REDIS_URL"]).hostname == "redis"
        assert urlsplit(environment["ELASTICSEARCH_URL"]).hostname == "elasticsearch"
        # The same database for the pages and the worker's queue.
        assert environment["DATABASE_URL"] == interpolated(
            services["app"]["environment"]["DATABASE_URL"]
        )
    database = {key: interpolated(value) for key, value in services["db"]["environment"].items()}
    url = urlsplit(interpolated(services["app"]["environment"]["DATABASE_URL"]))
    assert (url.username, url.password, url.path.lstrip("/")) == (
        database["POSTGRES_USER"],
        database["POSTGRES_PASSWORD"],
        database["POSTGRES_DB"],
    )


def test_the_application_waits_for_the_database_and_the_worker_for_the_migrations():
    services = compose()["services"]
    assert services["db"]["healthcheck"]["test"]
    assert services["app"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "migrate" in services["app"]["command"]
    assert services["worker"]["depends_on"]["app"]["condition"] == "service_healthy"
    assert "db_worker" in services["worker"]["command"]


def test_uploaded_files_live_on_named_volumes_where_the_settings_look():
    document = compose()
    for name in APPLICATION_SERVICES:
        service = document["services"][name]
        mounts = dict(volume.split(":")[:2][::-1] for volume in service["volumes"])
        for variable in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"):
            volume = mounts[service["environment"][variable]]
            assert volume in document["volumes"], f"{name}: {variable} is not on a named volume"
        assert len(set(mounts.values())) == 2  # public and private files apart


def dockerfile_instructions():
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, argument = line.partition(" ")
            yield instruction.upper(), argument.strip()


def test_the_image_is_slim_and_runs_as_a_user_of_its_own():
    instructions = list(dockerfile_instructions())
    bases = [argument.split()[0] for instruction, argument in instructions if instruction == "FROM"]
    assert bases and all(base == "python:3.12-slim" for base in bases), bases
    final_stage = instructions[
        max(i for i, (instruction, _) in enumerate(instructions) if instruction == "FROM") :
    ]
    users = [argument for instruction, argument in final_stage if instruction == "USER"]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    # Nothing runs as root after the switch.
    last_user = max(i for i, (instruction, _) in enumerate(final_stage) if instruction == "USER")
    assert not [i for i, _ in final_stage[last_user:] if i == "RUN"]


def test_the_image_builds_its_files_and_serves_with_gunicorn():
    instructions = list(dockerfile_instructions())
    runs = " ".join(argument for instruction, argument in instructions if instruction == "RUN")
    for step in ("compile_catalogues", "collectstatic", "libpango-1.0-0"):
        assert step in runs
    (command,) = [argument for instruction, argument in instructions if instruction == "CMD"]
    assert json.loads(command) == ["gunicorn", "--config", "deploy/gunicorn.conf.py", "cms.wsgi"]
    (healthcheck,) = [
        argument for instruction, argument in instructions if instruction == "HEALTHCHECK"
    ]
    assert "deploy/healthcheck.py" in healthcheck
    assert '"/healthz"' in (ROOT / "deploy" / "healthcheck.py").read_text()


def test_the_build_context_leaves_out_local_state():
    ignored = (ROOT / ".dockerignore").read_text().split()
    for entry in (".git", ".venv", "var", "db.sqlite3*", ".env"):
        assert entry in ignored


def package_index_reachable():
    """Whether pip reaches its index (with pip's own configuration), asked quickly."""
    try:
        probe = subprocess.run(
            [
                *PIP_INSTALL,
                "--no-deps",
                "--timeout",
                "10",
                "--retries",
                "0",
                "polib",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        return False, "pip did not reach the package index within 60 s"
    tail = (probe.stderr.strip().splitlines() or ["no output"])[-1]
    return probe.returncode == 0, f"pip cannot reach the package index: {tail}"


PIP_INSTALL = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet"]


@pytest.mark.network
def test_the_images_python_dependencies_resolve():
    """What the Dockerfile's pip install would install, resolved from the index.

    Resolved here with this Python (3.12, as the image) on this platform
    (Linux, glibc, as python:3.12-slim): nothing is installed.
    """
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    reachable, reason = package_index_reachable()
    if not reachable:
        pytest.skip(reason)
    result = subprocess.run(
        [*PIP_INSTALL, "--report", "-", "-r", "requirements.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    resolved = {
        canonicalize_name(item["metadata"]["name"]): item["metadata"]["version"]
        for item in report["install"]
    }
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    requirements = [Requirement(line) for line in lines if line.strip() and line[0] != "#"]
    assert len(requirements) > 20
    for requirement in requirements:
        version = resolved.get(canonicalize_name(requirement.name))
        assert version, f"{requirement.name} is not resolved"
        assert requirement.specifier.contains(version, prereleases=True), (requirement, version)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_serves_with_its_configuration_and_the_production_settings(tmp_path):
    """The configuration file as the service runs it: preloaded, with the
    workers asked for, an access log line per request with its request id.

    A static file answers without a database (WhiteNoise, before any view),
    so no database is needed.
    """
    static = tmp_path / "static"
    static.mkdir()
    (static / "probe.txt").write_text("served\n")
    port = free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "EMAIL_", "GUNICORN_", "WEB_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        STATIC_ROOT=str(static),
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
    )
    log = (tmp_path / "gunicorn.log").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONF), "cms.wsgi"],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/static/probe.txt",
            headers={"Host": "example.org", "X-Forwarded-Proto": "https"},
        )
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                log.seek(0)
                pytest.fail(f"gunicorn stopped: {log.read()}")
            try:
                with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                    body, headers = response.read(), response.headers
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "gunicorn did not answer in 120 s"
                time.sleep(0.2)
        assert body == b"served\n"
        # The first answer may come before the master has forked the second worker.
        master = psutil.Process(server.pid)
        deadline = time.monotonic() + 30
        while len(master.children()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(master.children()) == 2
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    log.seek(0)
    output = log.read()
    (line,) = [line for line in output.splitlines() if "/static/probe.txt" in line]
    # The request id the application returned, or "-" before it sets one.
    request_id = headers.get("X-Request-ID", "-")
    assert line.startswith('127.0.0.1 "GET /static/probe.txt HTTP/1.1" 200 ')
    assert f"request_id={request_id} " in line
    assert "Traceback" not in output


def test_new_search_indices_take_their_shards_and_replicas_from_the_settings(settings, osmem_clone):
    """ELASTICSEARCH_SHARDS and ELASTICSEARCH_REPLICAS reach the index's settings."""
    from search import elastic

    settings.ELASTICSEARCH_URL = osmem_clone.url
    settings.ELASTICSEARCH_NODE_CLASS = "tests.search.osmem.OsmemNode"
    settings.ELASTICSEARCH_TIMEOUT = 60
    settings.ELASTICSEARCH_INDEX_PREFIX = "deploy-test"
    created = {}
    for shards, replicas in ((1, 0), (2, 1)):
        settings.ELASTICSEARCH_SHARDS = shards
        settings.ELASTICSEARCH_REPLICAS = replicas
        name = elastic.create_index("en")
        index = elastic.client().indices.get_settings(index=name)[name]["settings"]["index"]
        created[(shards, replicas)] = (index["number_of_shards"], index["number_of_replicas"])
    assert created == {(1, 0): ("1", "0"), (2, 1): ("2", "1")}


def test_one_node_needs_no_replica_by_default():
    """A single node cannot hold a replica of its own shard: the index would stay yellow."""
    from django.conf import settings

    if "ELASTICSEARCH_REPLICAS" not in os.environ:
        assert settings.ELASTICSEARCH_REPLICAS == 0
    if "ELASTICSEARCH_SHARDS" not in os.environ:
        assert settings.ELASTICSEARCH_SHARDS == 1


def test_a_cluster_of_several_nodes_is_reached_when_one_is_down(settings, osmem_clone):
    """ELASTICSEARCH_URL lists the cluster's nodes, comma-separated: with the
    first one down, the client asks the next."""
    import socket

    from search import elastic

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    settings.ELASTICSEARCH_URL = f"{closed}, {osmem_clone.url}"
    settings.ELASTICSEARCH_NODE_CLASS = "tests.search.osmem.OsmemNode"
    settings.ELASTICSEARCH_TIMEOUT = 60
    client = elastic.client()
    assert len(client.transport.node_pool.all()) == 2
    answers = [client.info()["version"]["number"] for _ in range(4)]
    assert all(answers)
