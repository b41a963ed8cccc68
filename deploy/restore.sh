#!/usr/bin/env bash
# Restore a backup of backup.sh into a database and two media directories.
#
#   deploy/restore.sh BACKUP DATABASE_URL MEDIA_ROOT PRIVATE_MEDIA_ROOT
#
# BACKUP is a directory made by backup.sh. The database is created when it
# does not exist and must be empty when it does; the media directories must
# be empty or missing. Nothing is ever overwritten: to restore a live site,
# stop it, move the old database and directories aside (ALTER DATABASE …
# RENAME, mv), restore, then start it (docs/deployment.md, "Restore").
# Objects are owned by the user of DATABASE_URL (--no-owner), so a backup
# restores under another role name. RESTORE_JOBS (default 2) pg_restore
# processes load the tables in parallel.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"

[ $# -eq 4 ] || die "usage: $0 BACKUP DATABASE_URL MEDIA_ROOT PRIVATE_MEDIA_ROOT"
backup="$1" database_url="$2" media_root="$3" private_root="$4"
require_postgres_url "$database_url"
[ -f "$backup/SHA256SUMS" ] || die "$backup is not a backup (no SHA256SUMS)"

# A damaged or incomplete backup stops here, before anything is touched.
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || die "$backup is damaged: checksums differ"

for directory in "$media_root" "$private_root"; do
    if [ -d "$directory" ] && [ -n "$(ls -A "$directory")" ]; then
        die "$directory is not empty: move it aside first"
    fi
done

name="$(database_name "$database_url")"
[[ "$name" =~ ^[A-Za-z0-9_-]+$ ]] || die "unexpected database name: $name"
maintenance="$(maintenance_url "$database_url")"
exists="$(psql -X -At -v ON_ERROR_STOP=1 --dbname="$maintenance" \
    -c "SELECT 1 FROM pg_database WHERE datname = '$name'")"
if [ -z "$exists" ]; then
    psql -X -q -v ON_ERROR_STOP=1 --dbname="$maintenance" -c "CREATE DATABASE \"$name\""
else
    tables="$(psql -X -At -v ON_ERROR_STOP=1 --dbname="$database_url" -c \
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind = 'r' AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'")"
    [ "$tables" = "0" ] || die "database $name is not empty ($tables tables): restore into a new one"
fi

pg_restore --no-owner --no-privileges --exit-on-error --jobs="${RESTORE_JOBS:-2}" \
    --dbname="$database_url" "$backup/database.dump"

umask 077
for part in media:"$media_root" private:"$private_root"; do
    mkdir -p "${part#*:}"
    tar -C "${part#*:}" -xzf "$backup/${part%%:*}.tar.gz"
done
echo "restored $backup into database $name, $media_root and $private_root"
