import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./database-config";
import { DATABASE_DEADLINE_MS } from "./deadline";

// A server that accepts the connection and then stalls must not hold a request: connecting, every query and
// every statement give up at the deadline, and keepalive notices a connection whose peer has gone.
const POOL_TIMEOUTS = {
  connectionTimeoutMillis: DATABASE_DEADLINE_MS,
  query_timeout: DATABASE_DEADLINE_MS,
  statement_timeout: DATABASE_DEADLINE_MS,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
};

export type AdapterFactory = PrismaPg | PrismaPGlite;

/** One driver adapter for either database; the caller owns `close`. */
export function createAdapterFactory(config: DatabaseConfig): {
  factory: AdapterFactory;
  close: () => Promise<void>;
} {
  if (config.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: config.url, ...POOL_TIMEOUTS });
    return { factory, close: async () => {} };
  }
  if (!config.dataDir.startsWith("memory://")) mkdirSync(config.dataDir, { recursive: true });
  const pglite = new PGlite(config.dataDir);
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}
