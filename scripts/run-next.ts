import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { SERVER_BUNDLE } from "./build-server";
import { nextCli } from "./next-cli";

/**
 * Migrates and seeds the database (as MIGRATION_DATABASE_URL's role when it is set), and deletes the training
 * sessions that expired meanwhile. A problem is reported on one line and the app still starts, so the pages that
 * need no database work.
 * The tasks run in a process of their own: this one stays beside the server for as long as it serves, and
 * would otherwise keep the memory the embedded database and the schema engine took (about 750 MB).
 */
export function prepareDatabase(): void {
  const tasks = spawnSync(
    process.execPath,
    [createRequire(import.meta.url).resolve("tsx/cli"), "--conditions=react-server", "prisma/scripts/prepare.ts"],
    {
      stdio: "inherit",
    },
  );
  if (tasks.status !== 0) console.error("Starting without the directory: /api/health reports it; pages that need no database work.");
}

// The production server (scripts/serve.ts), bundled by the build, without the react-server condition.
const serveCommand = (): [string, string[]] => [process.execPath, [SERVER_BUNDLE]];

/** Runs `next dev`, or the production server, on PORT (default 3000), passes SIGINT and SIGTERM on to it and exits with it. */
export function runNext(command: "dev" | "start"): void {
  // The server connects as DATABASE_URL's role: the owner's credentials stay with the database tasks.
  const env = { ...process.env };
  delete env.MIGRATION_DATABASE_URL;
  const server = spawn(...(command === "dev" ? nextCli("dev", "--port", process.env.PORT ?? "3000") : serveCommand()), {
    stdio: "inherit",
    env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
