#!/usr/bin/env bash
# manage.py with the production environment, for cron and for people:
#
#   /srv/liaise/deploy/manage.sh send_digests
#
# Loads /etc/liaise/env (LIAISE_ENV_FILE to use another file), the same file
# the systemd units read, and runs the checkout's manage.py with its virtual
# environment, whatever the current directory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
env_file="${LIAISE_ENV_FILE:-/etc/liaise/env}"
if [ -r "$env_file" ]; then
    set -a
    # shellcheck disable=SC1090
    . "$env_file"
    set +a
fi
cd "$root"
exec "$root/.venv/bin/python" manage.py "$@"
