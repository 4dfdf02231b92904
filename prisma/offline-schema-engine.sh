#!/bin/sh
# Prisma's native schema engine is not used by this project: it is downloaded
# from Prisma's servers, which locked-down networks cannot reach. Migrations run
# on the WebAssembly schema engine instead (see docs/decisions/0002).
echo "Use npm run db:migrate or npm run db:migration:create (WebAssembly schema engine); the native engine is not installed." >&2
exit 1
