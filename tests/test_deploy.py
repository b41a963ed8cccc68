"""Production settings, run as a deployment runs them: in a process of their own."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Variables of the test run's environment that must not leak into the
#: production process (the ones the production settings read).
LEAVE_OUT = {
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DJANGO_SETTINGS_MODULE",
    "EMAIL_HOST",
    "EMAIL_HOST_PASSWORD",
    "EMAIL_HOST_USER",
    "EMAIL_PORT",
    "SECRET_KEY",
}
EMAIL_NOTICE = "EMAIL_HOST is not set"


def run_production(tmp_path, *args, **env):
    """``manage.py *args`` with production settings; a variable given as None is unset."""
    environment = {key: value for key, value in os.environ.items() if key not in LEAVE_OUT}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),  # 67 characters
        ALLOWED_HOSTS="example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    environment.update(env)
    environment = {key: value for key, value in environment.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("email_host", ["", "smtp.example.org"], ids=["no-smtp", "smtp"])
def test_the_deploy_check_passes_with_production_settings(tmp_path, email_host):
    result = run_production(
        tmp_path, "check", "--deploy", "--fail-level", "WARNING", EMAIL_HOST=email_host
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in result.stdout, output
    for level in ("WARNINGS:", "ERRORS:", "CRITICALS:", "INFOS:"):
        assert level not in output
    assert "Warning:" not in result.stderr  # no Python warning either


def test_production_without_smtp_says_where_email_goes(tmp_path):
    program = (
        "from django.conf import settings; "
        "print(settings.MAILERS['default']['BACKEND']); "
        "print(settings.WAGTAIL_PASSWORD_RESET_ENABLED)"
    )
    result = run_production(tmp_path, "shell", "--no-imports", "-c", program)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.mail.backends.console.EmailBackend", "False"]
    notices = [line for line in result.stderr.splitlines() if EMAIL_NOTICE in line]
    assert len(notices) == 1, result.stderr
    assert "standard output" in notices[0]


def test_production_with_smtp_sends_by_smtp_and_says_nothing(tmp_path):
    program = (
        "from django.conf import settings; "
        "print(settings.MAILERS['default']['BACKEND']); "
        "print(getattr(settings, 'WAGTAIL_PASSWORD_RESET_ENABLED', True)); "
        "print('mail.E001' in settings.SILENCED_SYSTEM_CHECKS)"
    )
    result = run_production(
        tmp_path, "shell", "--no-imports", "-c", program, EMAIL_HOST="smtp.example.org"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.mail.backends.smtp.EmailBackend", "True", "False"]
    assert EMAIL_NOTICE not in result.stderr


@pytest.mark.parametrize("secret_key", ["", None], ids=["empty", "unset"])
def test_production_refuses_to_start_without_a_secret_key(tmp_path, secret_key):
    result = run_production(tmp_path, "check", SECRET_KEY=secret_key)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set in production." in result.stderr
