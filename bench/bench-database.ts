import { rmSync } from "node:fs";
import { createDb } from "../lib/db.server";
import { readDatabaseConfig } from "../lib/db/database-config";
import { applyMigrations } from "../lib/db/schema-engine.server";

/**
 * A benchmark's database, migrated: the server of DATABASE_URL, or else a fresh embedded one in `dataDir`. The
 * environment it returns names the same database to the server the benchmark starts; PGlite serves one process, so
 * the benchmark closes its connection first.
 */
export async function openBenchDatabase(dataDir: string) {
  const env = { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? "" };
  if (!env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
  const database = createDb(readDatabaseConfig(env));
  await applyMigrations(database.factory);
  return { env, db: database.db, close: database.close };
}
