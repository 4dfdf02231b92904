#!/bin/sh
# The container's command (Dockerfile): migrate and seed in a process that then ends, and become the server. When
# the database cannot be reached, the tasks say so on one line and the server starts all the same (/api/health
# reports it). Both are JavaScript the build bundled, run by plain Node.js: the image has no TypeScript loader, and
# unlike `npm start` no npm process stays beside the server.
# With MIGRATION_DATABASE_URL the tasks run as the owner of the tables; the server gets only DATABASE_URL, the
# app's own role.
node --conditions=react-server .next/henvis-tasks/prepare.mjs
unset MIGRATION_DATABASE_URL
exec node .next/henvis-server.mjs
