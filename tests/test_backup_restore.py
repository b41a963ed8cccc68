"""Backups restore: deploy/backup.sh, deploy/restore.sh and deploy/test-restore.sh
run as cron runs them, on a real PostgreSQL database and real files.

The source is a copy of the test database (migrated, the demo network
loaded) with a few rows of our own; the uploaded files are written here.
"""

import hashlib
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.db import connection, connections

from tests.conftest import is_postgres

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"

pytestmark = [
    pytest.mark.postgres,
    # Asks pytest-django for the test database, which the source is copied from.
    pytest.mark.django_db,
    pytest.mark.skipif(
        not is_postgres(),
        reason="backups are of PostgreSQL, the production database (pg_dump); "
        "SQLite is for development",
    ),
    pytest.mark.skipif(
        shutil.which("pg_dump") is None, reason="PostgreSQL's client tools are not installed"
    ),
]


class Server:
    """The test run's PostgreSQL server, reached as the scripts reach it: by URL."""

    def __init__(self, settings):
        self.settings = settings
        credentials = settings["USER"] or ""
        if settings["PASSWORD"]:
            credentials += f":{settings['PASSWORD']}"
        self.address = f"{settings['HOST'] or 'localhost'}:{settings['PORT'] or 5432}"
        self.credentials = credentials

    def url(self, name):
        return f"postgres://{self.credentials}@{self.address}/{name}"

    def connect(self, name):
        return psycopg.connect(
            dbname=name,
            user=self.settings["USER"] or None,
            password=self.settings["PASSWORD"] or None,
            host=self.settings["HOST"] or None,
            port=self.settings["PORT"] or None,
            autocommit=True,
        )

    def admin(self, sql):
        with self.connect("postgres") as database:
            database.execute(sql)

    def drop(self, name):
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def exists(self, name):
        with self.connect("postgres") as database:
            query = "SELECT 1 FROM pg_database WHERE datname = %s"
            return database.execute(query, [name]).fetchone() is not None


def contents(server, name):
    """Each table's rows (count and a digest of every row) and each sequence's position."""
    with server.connect(name) as database:
        tables = [
            row[0]
            for row in database.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        found = {}
        for table in tables:
            found[table] = database.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM \"{table}\" t"  # noqa: E501, S608
            ).fetchone()
        for (sequence,) in database.execute(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
        ).fetchall():
            found[sequence] = database.execute(
                f'SELECT last_value, is_called FROM "{sequence}"'  # noqa: S608
            ).fetchone()
    return found


def files(directory):
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(directory).rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return Server(connection.settings_dict)


@pytest.fixture(scope="module")
def source(server, django_db_blocker):
    """A copy of the test database, with rows of our own: the database to back up."""
    template = server.settings["NAME"]
    name = f"{template}_backup_src"
    with django_db_blocker.unblock():
        connections.close_all()  # CREATE DATABASE … TEMPLATE needs the template unused
    server.drop(name)
    server.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    with server.connect(name) as database:
        database.execute(
            "INSERT INTO django_session (session_key, session_data, expire_date) "
            "SELECT 'backup' || g, 'Zoë, Jürgen & Łukasz ✓ ' || g, now() + interval '1 day' "
            "FROM generate_series(1, 50) g"
        )
    yield name
    server.drop(name)


@pytest.fixture
def media(tmp_path):
    """Uploaded files, public and private, with the names people give files."""
    media, private = tmp_path / "media", tmp_path / "private"
    (media / "original_images").mkdir(parents=True)
    (media / "documents").mkdir()
    (private / "exchange" / "2026" / "12").mkdir(parents=True)
    (media / "original_images" / "Rathaus Köln.jpg").write_bytes(bytes(range(256)) * 40)
    (media / "documents" / "report 2026.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\xff" * 3000)
    (private / "exchange" / "2026" / "12" / "minutes.docx").write_bytes(b"PK\x03\x04" * 500)
    return media, private


def run(script, *arguments, **environment):
    return subprocess.run(
        [str(DEPLOY / script), *map(str, arguments)],
        env={"PATH": "/usr/bin:/bin", **environment},
        capture_output=True,
        text=True,
        timeout=600,
    )


def back_up(server, source, media, destination):
    environment = {
        "DATABASE_URL": server.url(source),
        "MEDIA_ROOT": str(media[0]),
        "PRIVATE_MEDIA_ROOT": str(media[1]),
    }
    result = run("backup.sh", destination, **environment)
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1]), environment


def test_a_backup_restores_to_the_same_rows_and_files(server, source, media, tmp_path):
    backup, environment = back_up(server, source, media, tmp_path / "backups")
    assert backup.parent == tmp_path / "backups" and backup.name.startswith("liaise-")
    assert {path.name for path in backup.iterdir()} == {
        "SHA256SUMS",
        "database.dump",
        "database.rows",
        "media.tar.gz",
        "media.sha256",
        "private.tar.gz",
        "private.sha256",
    }
    assert oct(backup.stat().st_mode & 0o777) == "0o700"  # personal data

    # The script that cron runs every week: restores into a scratch database
    # and compares; the scratch database is gone afterwards.
    checked = run("test-restore.sh", backup, **environment)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "restore test passed" in checked.stdout
    assert not server.exists(f"{source}_restore_check")

    # And from outside the scripts: every row, every sequence, every byte.
    restored = f"{source}_restored"
    server.drop(restored)
    try:
        target = tmp_path / "restored"
        result = run(
            "restore.sh",
            backup,
            server.url(restored),
            target / "media",
            target / "private",
        )
        assert result.returncode == 0, result.stderr
        expected = contents(server, source)
        assert len(expected) > 50  # the whole schema, not an empty database
        assert expected["django_session"][0] >= 50
        assert contents(server, restored) == expected
    finally:
        server.drop(restored)
    assert files(target / "media") == files(media[0])
    assert files(target / "private") == files(media[1])
    assert len(files(target / "media")) == 2


def test_the_restore_test_fails_when_rows_or_files_differ(server, source, media, tmp_path):
    backup, environment = back_up(server, source, media, tmp_path / "backups")
    rows = backup / "database.rows"
    rows.write_text(rows.read_text().replace("public.django_session\t", "public.django_session\t1"))
    sums = backup / "SHA256SUMS"
    sums.write_text(
        "".join(
            f"{hashlib.sha256((backup / name).read_bytes()).hexdigest()}  {name}\n"
            for name in [line.split()[1] for line in sums.read_text().splitlines()]
        )
    )
    result = run("test-restore.sh", backup, **environment)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "DIFFERENT rows per table" in result.stdout
    assert "public.django_session" in result.stdout
    assert "same media files" in result.stdout

    # A damaged archive is refused before anything is restored.
    archive = backup / "private.tar.gz"
    archive.write_bytes(archive.read_bytes()[:-10])
    result = run("test-restore.sh", backup, **environment)
    assert result.returncode != 0
    assert "damaged" in result.stderr


def test_a_restore_never_overwrites_a_database_or_files(server, source, media, tmp_path):
    backup, _environment = back_up(server, source, media, tmp_path / "backups")
    before = contents(server, source)
    into_the_source = run("restore.sh", backup, server.url(source), tmp_path / "m", tmp_path / "p")
    assert into_the_source.returncode != 0
    assert "is not empty" in into_the_source.stderr
    assert contents(server, source) == before

    scratch = f"{source}_restored"
    server.drop(scratch)
    over_files = run("restore.sh", backup, server.url(scratch), media[0], tmp_path / "p")
    assert over_files.returncode != 0
    assert f"{media[0]} is not empty" in over_files.stderr
    assert not server.exists(scratch)
