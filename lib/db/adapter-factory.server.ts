import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./database-config";

const CONNECT_TIMEOUT_MS = 5_000;

export type AdapterFactory = PrismaPg | PrismaPGlite;

/** One driver adapter for either database; the caller owns `close`. */
export function createAdapterFactory(config: DatabaseConfig): {
  factory: AdapterFactory;
  close: () => Promise<void>;
} {
  if (config.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: config.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    return { factory, close: async () => {} };
  }
  if (!config.dataDir.startsWith("memory://")) mkdirSync(config.dataDir, { recursive: true });
  const pglite = new PGlite(config.dataDir);
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}
