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
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(
      "DATABASE_URL is not a valid URL: expected postgresql://user@host:5432/database, or leave it unset for the embedded database.",
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new DatabaseConfigError(
      `DATABASE_URL uses the scheme "${url.protocol.replace(/:$/, "")}": only postgresql:// is supported (leave it unset for the embedded database).`,
    );
  }
  if (!url.hostname) {
    throw new DatabaseConfigError("DATABASE_URL has no host name: expected postgresql://user@host:5432/database.");
  }
  return { kind: "postgres", url: raw };
}

/** The config without credentials, safe to print. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `embedded PGlite database in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
