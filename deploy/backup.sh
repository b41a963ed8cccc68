#!/usr/bin/env bash
# Back up the database and the uploaded files into a new directory.
#
#   deploy/backup.sh DESTINATION
#
# Reads DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT from the environment,
# as the application does (set -a; . /etc/liaise/env; set +a). Creates
# DESTINATION/liaise-<UTC time>/ holding:
#   database.dump    pg_dump's custom format (pg_restore reads it; restore.sh)
#   database.rows    rows per table, counted in the dump's own snapshot
#   media.tar.gz, private.tar.gz    MEDIA_ROOT and PRIVATE_MEDIA_ROOT
#   media.sha256, private.sha256    a checksum per file of both, as backed up
#   SHA256SUMS       checksums of the files above (sha256sum -c SHA256SUMS)
# and prints its path. The directory appears under its final name only when
# complete, so a half-written backup is never mistaken for one.
# BACKUP_KEEP_DAYS=N removes this destination's backups older than N days
# after a successful backup.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"

[ $# -eq 1 ] || die "usage: $0 DESTINATION"
destination="$1"
database_url="${DATABASE_URL:-}"
require_postgres_url "$database_url"
media_root="${MEDIA_ROOT:?MEDIA_ROOT is not set}"
private_root="${PRIVATE_MEDIA_ROOT:?PRIVATE_MEDIA_ROOT is not set}"

# Backups hold personal data: readable by their owner only.
umask 077
mkdir -p "$destination"
final="$destination/liaise-$(date -u +%Y%m%dT%H%M%SZ)"
[ -e "$final" ] && die "$final exists already"
work="$final.partial"
rm -rf "$work"
mkdir "$work"

psql_pid=""
cleanup() {
    [ -n "$psql_pid" ] && kill "$psql_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The dump and the row counts must describe the same moment of a live site:
# a session of psql opens a read-only transaction, exports its snapshot,
# pg_dump reads that snapshot, and the rows are counted in the same
# transaction. Writes that happen meanwhile are in neither.
coproc SNAPSHOT { psql -X -q -At -F $'\t' -v ON_ERROR_STOP=1 --dbname="$database_url"; }
psql_pid="$SNAPSHOT_PID"
printf '%s\n' "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;" \
    "SELECT pg_export_snapshot();" >&"${SNAPSHOT[1]}"
read -r -t 60 snapshot <&"${SNAPSHOT[0]}" || die "could not open a snapshot of the database"

pg_dump --format=custom --snapshot="$snapshot" --file="$work/database.dump" \
    --dbname="$database_url"

printf '%s\n' "$COUNT_ROWS_SQL" '\echo __end__' >&"${SNAPSHOT[1]}"
while read -r -t 600 line <&"${SNAPSHOT[0]}"; do
    [ "$line" = "__end__" ] && break
    printf '%s\n' "$line"
done >"$work/database.rows"
[ "$line" = "__end__" ] || die "could not count the rows of the database"
printf '%s\n' "COMMIT;" '\q' >&"${SNAPSHOT[1]}"
wait "$psql_pid" || die "psql failed"
psql_pid=""

# Files after the database: every file a row of the dump names exists by
# now, unless it was deleted in the meantime (a file uploaded meanwhile is
# merely extra). A missing directory is backed up as an empty one.
archive() {
    local source="$1" name="$2"
    if [ -d "$source" ]; then
        tar -C "$source" -czf "$work/$name.tar.gz" .
    else
        tar -czf "$work/$name.tar.gz" -T /dev/null
    fi
    file_sums "$source" >"$work/$name.sha256"
}
archive "$media_root" media
archive "$private_root" private

(cd "$work" && sha256sum database.dump database.rows media.tar.gz media.sha256 \
    private.tar.gz private.sha256 >SHA256SUMS)
mv "$work" "$final"
trap - EXIT

if [ -n "${BACKUP_KEEP_DAYS:-}" ]; then
    find "$destination" -mindepth 1 -maxdepth 1 -type d -name 'liaise-*' \
        -mtime +"$BACKUP_KEEP_DAYS" -exec rm -rf {} +
fi
echo "$final"
