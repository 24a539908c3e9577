#!/bin/sh
# Runs once, when the postgres container initialises an empty volume: the app's
# login role. It owns nothing; the migrate service grants it what it needs and
# nothing on AuditEvent beyond INSERT and SELECT (README: Audit trail and database roles).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$BACKTRACK_APP_DB_PASSWORD" <<'SQL'
CREATE ROLE backtrack_app LOGIN PASSWORD :'app_password';
SQL
