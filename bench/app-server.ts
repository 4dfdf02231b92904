import { spawn, type ChildProcess } from "node:child_process";

/** Runs `npx <args>` in a process group of its own, so that stopProcessGroup ends it with every process it started. */
export const startInBackground = (args: string[], env: Record<string, string> = {}) =>
  spawn("npx", args, { env: { ...process.env, ...env }, stdio: "ignore", detached: true });

export function stopProcessGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // every process of the group has ended already
  }
}

/** The app's production server as `npm start` runs it, on `port` and on an embedded database in `dataDir`. */
export const startAppServer = (port: number, dataDir: string) =>
  startInBackground(["tsx", "--conditions=react-server", "scripts/start.ts"], {
    PORT: String(port),
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: "",
  });
