import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@/lib/db.server";
import { VERSION_CHECK_MS } from "@/lib/directory/directory-memory.server";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { buildIfSourcesChanged } from "@/scripts/build-app";
import { SERVER_BUNDLE } from "@/scripts/build-server";
import { waitUntilUp } from "@/scripts/wait-until-up";
import type { BodyKey } from "@/machines/vocabulary";
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";
import { serverDatabaseTargets, testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

// Each instance keeps the directory in memory: a result page needs no query, and a change made through the
// database reaches every instance within 2 s.
const REACHES_WITHIN_MS = 2_000;
const CHANGED = "changed-in-a-test@example.org";

type Unit = { body: BodyKey; municipalityCode: string };

/** The e-mail addresses a result page shows for a municipality's own contact of a body. */
const emailsOf = (db: Db, { body, municipalityCode }: Unit) =>
  resolveContacts({ db: () => db, bodies: [body], municipalityCode, locale: "da" }).then(({ contacts }) =>
    contacts.flatMap((contact) => (contact.email ? [contact.email] : [])),
  );

/** Milliseconds until `read` gives `expected`, polling every 50 ms; fails after 5 s. */
async function msUntil<T>(read: () => Promise<T>, expected: T): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 5_000) {
    if ((await read()) === expected) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`still not ${String(expected)} after 5 s`);
}

describe.each(testDatabaseTargets())("the directory in memory on $name", ({ name, create }) => {
  const database = testDatabase(create);
  let second: ReturnType<typeof createDb> | undefined;
  let unit: Unit & { id: string };

  beforeAll(async () => {
    // A second app instance on the same database: PGlite belongs to one process, so only on PostgreSQL.
    if (name === "PostgreSQL") second = createDb(database.config);
    const contact = await database.db.contact.findFirstOrThrow({ where: { scope: "MUNICIPALITY" }, orderBy: { id: "asc" } });
    unit = { id: contact.id, body: contact.body, municipalityCode: contact.municipalityCode! };
  });

  afterAll(() => second?.close());

  it("answers a result page's contacts with no query once it has read the directory", async () => {
    await emailsOf(database.db, unit);
    const contacts = vi.spyOn(database.db.contact, "findMany");
    const places = vi.spyOn(database.db.municipality, "findMany");
    for (let page = 0; page < 20; page++) await emailsOf(database.db, unit);
    expect(contacts).not.toHaveBeenCalled();
    expect(places).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("shows a contact changed through the database within 2 s, on every instance", async () => {
    const instances = [database.db, ...(second ? [second.db] : [])];
    for (const db of instances) expect(await emailsOf(db, unit)).not.toContain(CHANGED);

    await database.db.contact.update({ where: { id: unit.id }, data: { email: CHANGED } });

    const times = await Promise.all(instances.map((db) => msUntil(async () => (await emailsOf(db, unit)).includes(CHANGED), true)));
    console.info(
      `a changed contact reached ${times.length} instance(s) on ${name} in ${times.map((ms) => `${Math.round(ms)} ms`).join(", ")} (checks every ${VERSION_CHECK_MS} ms)`,
    );
    for (const ms of times) expect(ms).toBeLessThan(REACHES_WITHIN_MS);
  });
});

// Scale-out: two app instances on one PostgreSQL database. A change made through the database (as an
// administrator's would be) shows on both within 2 s, with no restart.
const PORTS = [3310, 3311] as const;
const CHANGED_WEBSITE = "https://changed-in-a-test.example.org";

/** The web addresses the route API gives a teacher worried about a pupil in Aarhus. */
async function addressesOnRoute(port: number): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/route`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(TEACHER_ANSWERS),
  });
  const { contacts } = (await response.json()) as { contacts: { url?: string }[] };
  return contacts.flatMap((contact) => (contact.url ? [contact.url] : []));
}

for (const server of serverDatabaseTargets())
  describe("two app instances on one PostgreSQL database", () => {
    // The database is made ready once, as `npm start` would; then the production servers start side by side.
    const database = testDatabase(server.create);
    const instances: ChildProcess[] = [];

    beforeAll(async () => {
      if (database.config.kind !== "postgres") throw new Error("expected a PostgreSQL target");
      expect(await buildIfSourcesChanged()).toBe(0);
      for (const port of PORTS) {
        instances.push(
          spawn(process.execPath, [SERVER_BUNDLE], {
            env: { ...process.env, PORT: String(port), DATABASE_URL: database.config.url },
            stdio: "ignore",
            detached: true,
          }),
        );
      }
      await Promise.all(PORTS.map((port) => waitUntilUp(`http://127.0.0.1:${port}/api/health`, 240)));
    }, 300_000);

    afterAll(() => {
      for (const instance of instances) if (instance.pid) process.kill(-instance.pid, "SIGTERM");
    });

    it("shows a change made through the database on both instances within 2 s", async () => {
      for (const port of PORTS) expect(await addressesOnRoute(port)).not.toContain(CHANGED_WEBSITE);

      await database.db.municipality.update({ where: { code: TEACHER_ANSWERS.municipalityCode }, data: { website: CHANGED_WEBSITE } });
      const changedAt = performance.now();
      const times = await Promise.all(
        PORTS.map(async (port) => {
          while (!(await addressesOnRoute(port)).includes(CHANGED_WEBSITE)) {
            if (performance.now() - changedAt > 10_000) throw new Error(`instance on ${port} never showed the change`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return performance.now() - changedAt;
        }),
      );
      console.info(`a changed municipality reached the two instances in ${times.map((ms) => `${Math.round(ms)} ms`).join(" and ")}`);
      for (const ms of times) expect(ms).toBeLessThan(REACHES_WITHIN_MS);
    }, 20_000);
  });
