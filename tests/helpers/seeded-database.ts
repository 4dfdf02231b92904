import { afterAll, beforeAll } from "vitest";
import { createDb, type Db } from "@/lib/db.server";
import { applyMigrations } from "@/lib/db/schema-engine.server";
import { seedDirectory } from "@/lib/directory/seed.server";
import type { TestDatabase } from "./test-databases";

/**
 * A database migrated and seeded with the directory before a describe block's tests, then `prepare`d for them,
 * and closed and dropped after them. Read `.db` inside the tests: it is set once the set-up has run.
 */
export function seededDatabase(create: () => Promise<TestDatabase>, prepare: (db: Db) => Promise<void>): { db: Db } {
  const opened = {} as { db: Db };
  let target: TestDatabase;
  let close: () => Promise<void>;

  beforeAll(async () => {
    target = await create();
    const { db, factory, close: closeDb } = createDb(target.config);
    close = closeDb;
    await applyMigrations(factory);
    await seedDirectory(db);
    await prepare(db);
    opened.db = db;
  }, 60_000);

  afterAll(async () => {
    await close();
    await target.drop();
  });

  return opened;
}
