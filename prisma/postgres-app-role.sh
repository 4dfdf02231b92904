#!/bin/sh
# Run once by the postgres image when it creates its database (mounted into /docker-entrypoint-initdb.d by
# compose.yaml): creates the role the app instances connect as. It owns nothing; the migration, run as the owner
# (POSTGRES_USER), grants it what the app needs. On a database created before, run the CREATE ROLE by hand once.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --set=password="$POSTGRES_APP_PASSWORD" <<'SQL'
CREATE ROLE henvis_app LOGIN PASSWORD :'password';
SQL
