import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createDb, type Db } from "@/lib/db.server";
import type { AdapterFactory } from "@/lib/db/adapter-factory.server";
import type { DatabaseConfig } from "@/lib/db/database-config";
import { applyMigrations } from "@/lib/db/schema-engine.server";
import { seedDirectory } from "@/lib/directory/seed.server";

// Every data-layer test gets its database here: a fresh one on the PostgreSQL server named by DATABASE_URL when it
// is set, otherwise an in-memory PGlite. `npm test` runs them on PGlite; CI runs them again on a server.

export type TestDatabase = { config: DatabaseConfig; drop: () => Promise<void> };
export type DatabaseTarget = { name: "PGlite" | "PostgreSQL"; create: () => Promise<TestDatabase> };

export function testDatabaseTargets(): DatabaseTarget[] {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return [{ name: "PostgreSQL", create: () => createServerDatabase(serverUrl) }];
  return [{ name: "PGlite", create: async () => ({ config: { kind: "pglite", dataDir: "memory://" }, drop: async () => {} }) }];
}

/** The PostgreSQL server of DATABASE_URL, for tests that need a server; none without DATABASE_URL. */
export const serverDatabaseTargets = () => testDatabaseTargets().filter((target) => target.name === "PostgreSQL");

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `henvis_test_${randomBytes(6).toString("hex")}`;
  const admin = (sql: string) => runStatement(serverUrl, sql);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { config: { kind: "postgres", url: url.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
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

export type DatabaseContents = {
  /** What the database holds before the tests: nothing, the schema, or the schema and the directory (the default). */
  contents?: "empty" | "migrated" | "seeded";
  /** What the tests need besides, written after `contents`. */
  prepare?: (db: Db) => Promise<unknown>;
  /** PGlite in a temporary directory rather than in memory, so that it can be closed and opened again. */
  onDisk?: boolean;
};

/** A client on a test database; `reopen` closes it and opens a new one, as a restarted app would. */
export type OpenDatabase = { db: Db; factory: AdapterFactory; config: DatabaseConfig; reopen: () => Promise<void> };

/** Makes a test database ready and opens `opened` on it; `dispose` closes and drops it. */
async function openTestDatabase(
  create: () => Promise<TestDatabase>,
  { contents = "seeded", prepare, onDisk = false }: DatabaseContents,
  opened = {} as OpenDatabase,
): Promise<{ opened: OpenDatabase; dispose: () => Promise<void> }> {
  const target = await create();
  const dataDir = onDisk && target.config.kind === "pglite" ? mkdtempSync(path.join(tmpdir(), "henvis-test-")) : undefined;
  const config: DatabaseConfig = dataDir ? { kind: "pglite", dataDir } : target.config;
  let close: () => Promise<void>;
  const open = () => ({ db: opened.db, factory: opened.factory, close } = createDb(config));
  opened.config = config;
  opened.reopen = async () => {
    await close();
    open();
  };
  open();
  const dispose = async () => {
    await close();
    await target.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (contents !== "empty") await applyMigrations(opened.factory);
    if (contents === "seeded") await seedDirectory(opened.db);
    await prepare?.(opened.db);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { opened, dispose };
}

/**
 * A test database for a describe block: made ready before its tests, closed and dropped after them. Read its
 * fields inside the tests: they are set once the set-up has run.
 */
export function testDatabase(create: () => Promise<TestDatabase>, contents: DatabaseContents = {}): OpenDatabase {
  const database = {} as OpenDatabase;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ dispose } = await openTestDatabase(create, contents, database));
  }, 60_000);
  afterAll(() => dispose?.());
  return database;
}

/** A test database for one piece of work inside a test, closed and dropped after it. */
export async function withTestDatabase<T>(
  create: () => Promise<TestDatabase>,
  contents: DatabaseContents,
  work: (database: OpenDatabase) => Promise<T>,
): Promise<T> {
  const { opened, dispose } = await openTestDatabase(create, contents);
  try {
    return await work(opened);
  } finally {
    await dispose();
  }
}
