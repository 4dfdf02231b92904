# syntax=docker/dockerfile:1
# Henvis in production: built in one stage, run as a user without privileges in another. The server is
# scripts/serve.ts (Next.js's request handler behind a guard for methods and addresses it cannot answer), bundled
# by the build, as are the database tasks; scripts/container-start.sh migrates and seeds, then becomes the server.
# Neither needs a development dependency. See docs/deploy.md.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` generates the Prisma client from the schema.
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN groupadd --system henvis && useradd --system --gid henvis --home-dir /app henvis
COPY --from=build --chown=henvis:henvis /app /app
USER henvis
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["scripts/container-start.sh"]
