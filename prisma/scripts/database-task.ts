import { createDb, type Db } from "../../lib/db.server";
import type { AdapterFactory } from "../../lib/db/adapter-factory.server";
import { grantAppRole } from "../../lib/db/app-role.server";
import { describeDatabase, readTaskDatabaseConfig } from "../../lib/db/database-config";
import { oneLineError } from "../../lib/db/one-line-error";
import { applyMigrations } from "../../lib/db/schema-engine.server";
import { seedDirectory } from "../../lib/directory/seed.server";
import { deleteExpiredSessions } from "../../lib/training/room/room.server";
import { seedScenarios } from "../../lib/training/scenarios.server";

type Handles = { db: Db; factory: AdapterFactory; appRole?: string };
type DatabaseTask = (handles: Handles) => Promise<string>;

export const migrateTask: DatabaseTask = async ({ db, factory, appRole }) => {
  const applied = await applyMigrations(factory);
  const migrated = applied.length === 0 ? "no pending migrations" : `applied ${applied.join(", ")}`;
  return appRole ? `${migrated}; ${await grantAppRole(db, appRole)}` : migrated;
};

export const seedTask: DatabaseTask = async ({ db }) => {
  const counts = await seedDirectory(db);
  const library = await seedScenarios(db);
  return `seeded ${counts.regions} regions, ${counts.policeDistricts} police districts, ${counts.municipalities} municipalities, ${counts.contacts} contacts, ${library.scenarios} training scenarios (${library.retired} retired)`;
};

export const sweepSessionsTask: DatabaseTask = async ({ db }) => {
  const deleted = await deleteExpiredSessions({ db, now: new Date() });
  return `deleted ${deleted} expired training sessions`;
};

/**
 * Runs tasks in order against MIGRATION_DATABASE_URL, else DATABASE_URL (or the embedded database), and
 * reports the result, or the failure, on a single line. Returns whether it worked.
 */
export async function runDatabaseTasks(
  label: string,
  tasks: DatabaseTask[],
  env: Record<string, string | undefined> = process.env,
): Promise<boolean> {
  try {
    const { config, appRole } = readTaskDatabaseConfig(env);
    const { db, factory, close } = createDb(config);
    try {
      const results: string[] = [];
      for (const task of tasks) results.push(await task({ db, factory, appRole }));
      console.log(`${label}: ${describeDatabase(config)}: ${results.join("; ")}`);
      return true;
    } finally {
      await close();
    }
  } catch (error) {
    console.error(`${label} failed: ${oneLineError(error)}`);
    return false;
  }
}
