import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { migrateTask, runDatabaseTasks, seedTask } from "../prisma/scripts/database-task";

// One command for a fresh clone: bring the database up to date, build once,
// then serve. A database problem is reported on one line and the app still
// starts, so the pages that need no database keep working.
const ready = await runDatabaseTasks("database", [migrateTask, seedTask]);
if (!ready) console.error("Starting without the directory: /api/health reports it; pages that need no database work.");

if (!existsSync(".next/BUILD_ID")) {
  console.log("Building the app (first start only) …");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("npx", ["next", "start", "--port", process.env.PORT ?? "3000"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
