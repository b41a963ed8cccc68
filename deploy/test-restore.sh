#!/usr/bin/env bash
# Prove that backups restore: back up, restore into a scratch database and
# scratch directories, and compare with what was backed up.
#
#   deploy/test-restore.sh [BACKUP | DIRECTORY]
#
# Without an argument it first takes a backup of DATABASE_URL, MEDIA_ROOT and
# PRIVATE_MEDIA_ROOT (as backup.sh, into a temporary directory); with a
# backup it checks that one, with a directory of backups (backup.sh's
# DESTINATION) the newest there. The restored database must have the rows per table the
# source had in the dump's snapshot, and the restored files the checksums the
# source's files had when they were backed up: a site that keeps running
# meanwhile does not make the check fail. The scratch database
# (SCRATCH_DATABASE_URL, whose name must end in _restore_check; default: the
# source's server, database <source>_restore_check) is dropped at the end, as
# are the directories.
# Exit status 0 when everything matches; otherwise the differences are
# printed and the status is 1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"

[ $# -le 1 ] || die "usage: $0 [BACKUP | DIRECTORY]"
scratch_url="${SCRATCH_DATABASE_URL:-}"
if [ -z "$scratch_url" ]; then
    require_postgres_url "${DATABASE_URL:-}"
    source_name="$(database_name "$DATABASE_URL")"
    scratch_url="$(database_url_named "$DATABASE_URL" "${source_name}_restore_check")"
fi
require_postgres_url "$scratch_url"
scratch_name="$(database_name "$scratch_url")"
# The scratch database is dropped before and after: a name that says so
# keeps a mistyped URL from dropping a database that matters.
[[ "$scratch_name" =~ ^[A-Za-z0-9_-]+_restore_check$ ]] ||
    die "the scratch database's name must end in _restore_check (it is dropped): $scratch_name"
maintenance="$(maintenance_url "$scratch_url")"

work="$(mktemp -d)"
drop_scratch() {
    psql -X -q --dbname="$maintenance" \
        -c "DROP DATABASE IF EXISTS \"$scratch_name\" WITH (FORCE)" >/dev/null 2>&1 || true
}
trap 'drop_scratch; rm -rf "$work"' EXIT

if [ $# -eq 1 ] && [ -f "$1/SHA256SUMS" ]; then
    backup="$1"
elif [ $# -eq 1 ]; then
    # A directory of backups (backup.sh's DESTINATION): the newest one.
    backup="$(find "$1" -mindepth 1 -maxdepth 1 -type d -name 'liaise-*Z' | LC_ALL=C sort | tail -n 1)"
    [ -n "$backup" ] || die "no backup in $1"
else
    backup="$("$here/backup.sh" "$work/backups")"
fi
# A scratch database left by an interrupted run is thrown away first.
drop_scratch
"$here/restore.sh" "$backup" "$scratch_url" "$work/media" "$work/private" >/dev/null

failed=0
compare() {
    local what="$1" expected="$2" actual="$3"
    if diff -u --label "backed up" --label "restored" "$expected" "$actual" >"$work/diff"; then
        echo "same $what: $(wc -l <"$expected") lines"
    else
        echo "DIFFERENT $what:"
        cat "$work/diff"
        failed=1
    fi
}
count_rows "$scratch_url" >"$work/restored.rows"
compare "rows per table" "$backup/database.rows" "$work/restored.rows"
file_sums "$work/media" >"$work/media.sha256"
compare "media files" "$backup/media.sha256" "$work/media.sha256"
file_sums "$work/private" >"$work/private.sha256"
compare "private media files" "$backup/private.sha256" "$work/private.sha256"

if [ "$failed" = 0 ]; then
    echo "restore test passed: $backup"
else
    echo "restore test FAILED: $backup" >&2
fi
exit "$failed"
