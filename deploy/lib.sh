# shellcheck shell=bash
# Shared by backup.sh, restore.sh and test-restore.sh (sourced, not run).
#
# The database is named by a libpq URL (postgres://user:password@host:port/name,
# the same DATABASE_URL the application reads); the password never goes into
# a file or a message.

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

require_postgres_url() {
    case "$1" in
        postgres://* | postgresql://*) ;;
        "") die "no database URL (DATABASE_URL is not set)" ;;
        *) die "backups are for PostgreSQL (a postgres:// URL); got another kind of database" ;;
    esac
}

# The database's name, and the URL of the same server's maintenance database
# ("postgres"), from which databases are created and dropped.
database_name() {
    local rest="${1%%\?*}"
    echo "${rest##*/}"
}

# The URL of another database on the same server, with the same user and options.
database_url_named() {
    local rest="${1%%\?*}" query=""
    [[ "$1" == *\?* ]] && query="?${1#*\?}"
    echo "${rest%/*}/$2${query}"
}

maintenance_url() {
    database_url_named "$1" postgres
}

# One line per table: "schema.table<TAB>rows", sorted by name. The psql that
# runs it may be inside a transaction (backup.sh: the dump's snapshot).
COUNT_ROWS_SQL="SELECT format('SELECT %L, count(*) FROM %I.%I', n.nspname || '.' || c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
ORDER BY n.nspname, c.relname
\\gexec"

count_rows() {
    printf '%s\n' "$COUNT_ROWS_SQL" | psql -X -q -At -F $'\t' -v ON_ERROR_STOP=1 --dbname="$1"
}

# "sha256  ./relative/path" for every file under a directory, sorted, so that
# two trees can be compared with diff. A missing directory has no files.
file_sums() {
    [ -d "$1" ] || return 0
    (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}
