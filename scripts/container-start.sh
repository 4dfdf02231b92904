#!/bin/sh
# The container's command (Dockerfile): migrate and seed in a process that then ends, and become the server. When
# the database cannot be reached, the tasks say so on one line and the server starts all the same (/api/health
# reports it). Unlike `npm start`, no npm or tsx process stays beside the server: about 200 MB less per instance.
# With MIGRATION_DATABASE_URL the tasks run as the owner of the tables; the server gets only DATABASE_URL, the
# app's own role.
node_modules/.bin/tsx --conditions=react-server prisma/scripts/prepare.ts
unset MIGRATION_DATABASE_URL
exec node .next/henvis-server.mjs
