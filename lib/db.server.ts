import "server-only";
import { PrismaClient } from "./generated/prisma/client";
import { createAdapterFactory, type AdapterFactory, type DatabaseUse } from "./db/adapter-factory.server";
import { readDatabaseConfig, type DatabaseConfig } from "./db/database-config";

export type Db = PrismaClient;

/** A client and its adapter (the schema engine shares the adapter, so PGlite is opened once). */
export function createDb(
  config: DatabaseConfig,
  use: DatabaseUse = "tasks",
): { db: Db; factory: AdapterFactory; close: () => Promise<void> } {
  const { factory, close } = createAdapterFactory(config, use);
  const db = new PrismaClient({ adapter: factory });
  return {
    db,
    factory,
    close: async () => {
      closed.add(db);
      await db.$disconnect();
      await close();
    },
  };
}

const closed = new WeakSet<Db>();

/** Whether the client has been closed, so that work kept running in the background can stop. */
export const isClosed = (db: Db) => closed.has(db);

const globalForDb = globalThis as typeof globalThis & { henvisDb?: Db };

/**
 * The app's one client, created on first use so that pages which need no
 * database keep working when DATABASE_URL is wrong. Throws DatabaseConfigError.
 */
export function getDb(): Db {
  globalForDb.henvisDb ??= createDb(readDatabaseConfig(process.env), "requests").db;
  return globalForDb.henvisDb;
}

/** Resolves when the database answers; rejects with the driver's error otherwise. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
