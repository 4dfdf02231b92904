import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./database-config";
import { DATABASE_DEADLINE_MS } from "./deadline";

// Keepalive notices a connection whose peer has gone, for every use.
const KEEPALIVE = { keepAlive: true, keepAliveInitialDelayMillis: 10_000 };

// Serving requests, a server that accepts the connection and then stalls must not hold a page: connecting,
// every query and every statement give up at the deadline. Migrations and seeding may take longer.
const REQUEST_TIMEOUTS = {
  connectionTimeoutMillis: DATABASE_DEADLINE_MS,
  query_timeout: DATABASE_DEADLINE_MS,
  statement_timeout: DATABASE_DEADLINE_MS,
};
const TASK_CONNECT_TIMEOUT_MS = 5_000;

// The embedded database holds a directory of a few hundred rows, the training rooms and the administration:
// PostgreSQL's default 128 MB of shared buffers would sit in the app's own memory, 16 MB is plenty.
const EMBEDDED_SETTINGS = { postgresqlconf: "shared_buffers=16MB" };

/** What the connection is for: serving requests (short timeouts) or a task such as a migration. */
export type DatabaseUse = "requests" | "tasks";

export type AdapterFactory = PrismaPg | PrismaPGlite;

/** One driver adapter for either database; the caller owns `close`. */
export function createAdapterFactory(
  config: DatabaseConfig,
  use: DatabaseUse = "tasks",
): {
  factory: AdapterFactory;
  close: () => Promise<void>;
} {
  if (config.kind === "postgres") {
    const timeouts = use === "requests" ? REQUEST_TIMEOUTS : { connectionTimeoutMillis: TASK_CONNECT_TIMEOUT_MS };
    const factory = new PrismaPg({ connectionString: config.url, ...KEEPALIVE, ...timeouts });
    return { factory, close: async () => {} };
  }
  if (!config.dataDir.startsWith("memory://")) mkdirSync(config.dataDir, { recursive: true });
  const pglite = new PGlite(config.dataDir, EMBEDDED_SETTINGS);
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}
