import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/db/database-config";

export type TestDatabase = { name: string; config: DatabaseConfig; drop: () => Promise<void> };

/**
 * The database a data-layer test runs against: a fresh database on the PostgreSQL server named by DATABASE_URL
 * when it is set, otherwise an in-memory PGlite. `npm test` runs them on PGlite; CI runs them again on a server.
 */
export function testDatabaseTargets(): { name: string; create: () => Promise<TestDatabase> }[] {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return [{ name: "PostgreSQL", create: () => createServerDatabase(serverUrl) }];
  return [
    {
      name: "PGlite",
      create: async (): Promise<TestDatabase> => ({
        name: "PGlite",
        config: { kind: "pglite", dataDir: "memory://" },
        drop: async () => {},
      }),
    },
  ];
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `henvis_test_${randomBytes(6).toString("hex")}`;
  const admin = (sql: string) => runStatement(serverUrl, sql);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name: "PostgreSQL",
    config: { kind: "postgres", url: url.toString() },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Runs one statement on a connection of its own to the server at `url`. */
export async function runStatement(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
