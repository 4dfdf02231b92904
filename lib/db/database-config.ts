import path from "node:path";

export type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export const DEFAULT_PGLITE_DIR = path.join(".data", "pglite");

/**
 * Reads DATABASE_URL: unset or empty means the embedded PGlite database in
 * PGLITE_DATA_DIR (default .data/pglite); otherwise it must be a PostgreSQL URL.
 */
export function readDatabaseConfig(env: Record<string, string | undefined>): DatabaseConfig {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    const dataDir = env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DIR;
    return { kind: "pglite", dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), dataDir) };
  }
  parsePostgresUrl("DATABASE_URL", raw);
  return { kind: "postgres", url: raw };
}

function parsePostgresUrl(variable: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(
      `${variable} is not a valid URL: expected postgresql://user@host:5432/database, or leave it unset for the embedded database.`,
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new DatabaseConfigError(
      `${variable} uses the scheme "${url.protocol.replace(/:$/, "")}": only postgresql:// is supported (leave it unset for the embedded database).`,
    );
  }
  if (!url.hostname) {
    throw new DatabaseConfigError(`${variable} has no host name: expected postgresql://user@host:5432/database.`);
  }
  return url;
}

/** The database the tasks (migrate, seed) connect to, and the role they grant what the app needs, if any. */
export type TaskDatabaseConfig = { config: DatabaseConfig; appRole?: string };

const whereOf = (url: URL) => `${url.hostname}:${url.port || "5432"}${url.pathname}`;

/**
 * Migrations and seeding run as the owner of the tables: MIGRATION_DATABASE_URL when it is set, and then the app
 * serves as DATABASE_URL's user, a role that owns nothing and is granted what the app needs after each migration.
 * Without MIGRATION_DATABASE_URL the tasks use DATABASE_URL (or the embedded database), as the app does.
 */
export function readTaskDatabaseConfig(env: Record<string, string | undefined>): TaskDatabaseConfig {
  const app = readDatabaseConfig(env);
  const raw = env.MIGRATION_DATABASE_URL?.trim();
  if (!raw) return { config: app };
  const owner = parsePostgresUrl("MIGRATION_DATABASE_URL", raw);
  if (app.kind !== "postgres") {
    throw new DatabaseConfigError(
      "MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set DATABASE_URL to the app's own role on the same database.",
    );
  }
  const served = new URL(app.url);
  if (whereOf(served) !== whereOf(owner)) {
    throw new DatabaseConfigError(
      `MIGRATION_DATABASE_URL (${whereOf(owner)}) and DATABASE_URL (${whereOf(served)}) must name the same database.`,
    );
  }
  const appRole = decodeURIComponent(served.username);
  if (!appRole) throw new DatabaseConfigError("DATABASE_URL names no user: with MIGRATION_DATABASE_URL, it must name the app's own role.");
  if (appRole === decodeURIComponent(owner.username)) {
    throw new DatabaseConfigError(
      "MIGRATION_DATABASE_URL and DATABASE_URL name the same user: the app must connect as a role of its own that owns nothing.",
    );
  }
  return { config: { kind: "postgres", url: raw }, appRole };
}

/** The config without credentials, safe to print. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `embedded PGlite database in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${whereOf(url)}`;
}
