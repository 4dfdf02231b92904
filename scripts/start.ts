import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { nextCli } from "./next-cli";
import { prepareDatabase, runNext } from "./run-next";

// One command for a fresh clone: bring the database up to date, build once,
// then serve.
await prepareDatabase();

if (!existsSync(".next/BUILD_ID")) {
  console.log("Building the app (first start only) …");
  const build = spawnSync(...nextCli("build"), { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

runNext("start");
