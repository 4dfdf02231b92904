import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { SERVER_BUNDLE, SERVER_ENTRY } from "./build-server";

const tsx = () => createRequire(import.meta.url).resolve("tsx/cli");

/**
 * Migrates and seeds the database (as MIGRATION_DATABASE_URL's role when it is set), and deletes the training
 * sessions that expired meanwhile. A problem is reported on one line and the app still starts, so the pages that
 * need no database work.
 * The tasks run in a process of their own: this one stays beside the server for as long as it serves, and
 * would otherwise keep the memory the embedded database and the schema engine took (about 750 MB).
 */
export function prepareDatabase(): void {
  const tasks = spawnSync(process.execPath, [tsx(), "--conditions=react-server", "prisma/scripts/prepare.ts"], { stdio: "inherit" });
  if (tasks.status !== 0) console.error("Starting without the directory: /api/health reports it; pages that need no database work.");
}

/**
 * The app's own server (scripts/serve.ts), without the react-server condition: in development run from its source
 * with hot reload, in production as the build bundled it. Either way every request passes the same gate.
 */
export const serverCommand = (command: "dev" | "start"): [string, string[]] =>
  command === "dev" ? [process.execPath, [tsx(), SERVER_ENTRY, "--dev"]] : [process.execPath, [SERVER_BUNDLE]];

/** Runs the server in development or production on PORT (default 3000), passes SIGINT and SIGTERM on to it and exits with it. */
export function runNext(command: "dev" | "start"): void {
  // The server connects as DATABASE_URL's role: the owner's credentials stay with the database tasks.
  const env = { ...process.env };
  delete env.MIGRATION_DATABASE_URL;
  const server = spawn(...serverCommand(command), {
    stdio: "inherit",
    env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
