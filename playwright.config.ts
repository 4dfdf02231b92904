import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_PASSWORD, ADMINISTRATORS } from "./tests/e2e/support/administrators";
import { TRACE_MODE } from "./tests/e2e/support/trace-mode";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}: install one with "apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

// E2E_PORT moves all the servers, so that two checkouts can run their end-to-end tests at once.
const firstPort = Number(process.env.E2E_PORT ?? 3100);
export const PORTS = {
  app: firstPort,
  appWithoutDatabase: firstPort + 1,
  appWithShortSessions: firstPort + 2,
  // Started by tests/e2e/stalled-database.spec.ts itself, behind the stalling proxy that spec owns.
  appWithStalledDatabase: firstPort + 3,
  appWithAdministrators: firstPort + 4,
  // Started by tests/e2e/server-start.spec.ts itself, with the container's command.
  serverBundle: firstPort + 5,
} as const;

// The tests stand in for the reverse proxy on the app and the short-session app: they name a client by its
// X-Forwarded-For, as Caddy would. The other servers trust no proxy, as by default, so that tests can see a
// forged X-Forwarded-* header ignored.
const AS_PROXY = { TRUSTED_PROXIES: "127.0.0.1, ::1" };

const ADMIN_DATA_DIR = ".data/e2e-admin";
const [firstAdministrator] = ADMINISTRATORS;
const createAdministrators =
  `printf '%s\\n' "$ADMIN_PASSWORD" | PGLITE_DATA_DIR=${ADMIN_DATA_DIR} npm run --silent admin:create -- --email ${firstAdministrator.email} && ` +
  `PGLITE_DATA_DIR=${ADMIN_DATA_DIR} npx tsx --conditions=react-server tests/e2e/support/create-administrators.ts`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Two browsers and four servers share two cores: a whole journey, a training room with four browsers or a
  // service worker saving 200 files can take longer than the defaults on a busy machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORTS.app}`,
    trace: TRACE_MODE,
    // The service worker keeps pages and files for use offline: each test sees the server as it answers, and
    // tests/e2e/offline.spec.ts lets the worker run.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `PGLITE_DATA_DIR=.data/e2e-pglite PORT=${PORTS.app} npm run --silent start`,
      url: `http://127.0.0.1:${PORTS.app}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { DATABASE_URL: "", ...AS_PROXY },
    },
    {
      // The same build with a database that cannot be reached.
      command: `PORT=${PORTS.appWithoutDatabase} npm run --silent start`,
      url: `http://127.0.0.1:${PORTS.appWithoutDatabase}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { DATABASE_URL: "postgresql://henvis@127.0.0.1:9/unreachable" },
    },
    {
      // The same build, where a training session lives ten seconds instead of twelve hours, so that a test can see one expire.
      command: `PGLITE_DATA_DIR=.data/e2e-pglite-short-sessions PORT=${PORTS.appWithShortSessions} npm run --silent start`,
      url: `http://127.0.0.1:${PORTS.appWithShortSessions}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { DATABASE_URL: "", TRAINING_SESSION_SECONDS: "10", ...AS_PROXY },
    },
    {
      // The same build with a database of its own, where tests sign in and change the directory.
      command: `rm -rf ${ADMIN_DATA_DIR} && ${createAdministrators} && PGLITE_DATA_DIR=${ADMIN_DATA_DIR} PORT=${PORTS.appWithAdministrators} npm run --silent start`,
      url: `http://127.0.0.1:${PORTS.appWithAdministrators}/api/health`,
      reuseExistingServer: false,
      timeout: 240_000,
      env: { DATABASE_URL: "", ADMIN_PASSWORD },
    },
  ],
});
