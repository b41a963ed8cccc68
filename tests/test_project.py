"""The project as a whole: demo loader, migrations, production settings."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from exchange.models import Attachment, Post, Thread
from network.models import Affiliation, Application, ApplicationApproval, Membership, Organisation
from practices.models import Topic

ROOT = Path(__file__).resolve().parent.parent


def counts():
    return {
        "pages": Page.objects.count(),
        "translated": Page.objects.filter(alias_of__isnull=True).count(),
        "organisations": Organisation.objects.count(),
        "topics": Topic.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": Membership.objects.count(),
        "affiliations": Affiliation.objects.count(),
        "threads": Thread.objects.count(),
        "posts": Post.objects.count(),
        "attachments": Attachment.objects.count(),
        "applications": Application.objects.count(),
        "approvals": ApplicationApproval.objects.count(),
    }


@pytest.mark.django_db
def test_load_demo_is_idempotent():
    before = counts()
    assert before["pages"] > 200
    assert before["threads"] >= 8 and before["attachments"] >= 1 and before["applications"] >= 1
    call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())
    assert counts() == before


@pytest.mark.django_db
def test_demo_network_has_what_the_brief_promises():
    from practices.models import ExpertPage, PracticePage
    from programme.models import SessionPage

    english = {"locale__language_code": "en"}
    assert PracticePage.objects.filter(**english).count() >= 24
    assert ExpertPage.objects.filter(**english).count() >= 12
    trainings = SessionPage.objects.filter(kind=SessionPage.Kind.TRAINING, **english)
    dates = sorted((s.city, s.start_date.isoformat()) for s in trainings)
    assert dates == [
        ("Augsburg", "2015-10-28"),
        ("Brussels", "2016-01-21"),
        ("London", "2015-07-09"),
        ("Malmö", "2016-02-15"),
    ]
    for language in ("de", "it", "es"):
        translated = PracticePage.objects.filter(
            locale__language_code=language, alias_of__isnull=True
        ).count()
        assert translated * 3 >= 26, language
    assert not ExpertPage.objects.filter(is_demo=False).exists()


def test_no_missing_migrations(db):
    call_command("makemigrations", check=True, dry_run=True, stdout=io.StringIO())


def run_manage(*args, **env):
    leave_out = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
    environment = {key: value for key, value in os.environ.items() if key not in leave_out}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="network.example.org",
        DATABASE_URL="postgres://user:password@db.example.org:5432/liaise",
        EMAIL_HOST="smtp.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="",
        ALLOWED_HOSTS="network.example.org",
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_keeps_database_connections_open():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="network.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "600"
