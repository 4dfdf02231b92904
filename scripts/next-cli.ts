import { createRequire } from "node:module";

/**
 * Next.js's own command line, run with this Node.js rather than through npx: npx
 * runs it under a shell that does not pass signals on, so Ctrl-C or SIGTERM to
 * our process would leave the server running.
 */
export const nextCli = (...args: string[]): [string, string[]] => [
  process.execPath,
  [createRequire(import.meta.url).resolve("next/dist/bin/next"), ...args],
];
