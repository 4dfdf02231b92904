import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@/lib/db.server";
import { applyMigrations } from "@/lib/db/schema-engine.server";
import { VERSION_CHECK_MS } from "@/lib/directory/directory-memory.server";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { seedDirectory } from "@/lib/directory/seed.server";
import type { BodyKey } from "@/machines/vocabulary";
import { testDatabaseTargets, type TestDatabase } from "@/tests/helpers/test-databases";

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
  let target: TestDatabase;
  let first: ReturnType<typeof createDb>;
  let second: ReturnType<typeof createDb> | undefined;
  let unit: Unit & { id: string };

  beforeAll(async () => {
    target = await create();
    first = createDb(target.config);
    await applyMigrations(first.factory);
    await seedDirectory(first.db);
    // A second app instance on the same database: PGlite belongs to one process, so only on PostgreSQL.
    if (name === "PostgreSQL") second = createDb(target.config);
    const contact = await first.db.contact.findFirstOrThrow({ where: { scope: "MUNICIPALITY" }, orderBy: { id: "asc" } });
    unit = { id: contact.id, body: contact.body, municipalityCode: contact.municipalityCode! };
  });

  afterAll(async () => {
    await second?.close();
    await first.close();
    await target.drop();
  });

  it("answers a result page's contacts with no query once it has read the directory", async () => {
    await emailsOf(first.db, unit);
    const contacts = vi.spyOn(first.db.contact, "findMany");
    const places = vi.spyOn(first.db.municipality, "findMany");
    for (let page = 0; page < 20; page++) await emailsOf(first.db, unit);
    expect(contacts).not.toHaveBeenCalled();
    expect(places).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("shows a contact changed through the database within 2 s, on every instance", async () => {
    const instances = [first.db, ...(second ? [second.db] : [])];
    for (const db of instances) expect(await emailsOf(db, unit)).not.toContain(CHANGED);

    await first.db.contact.update({ where: { id: unit.id }, data: { email: CHANGED } });

    const times = await Promise.all(instances.map((db) => msUntil(async () => (await emailsOf(db, unit)).includes(CHANGED), true)));
    console.info(
      `a changed contact reached ${times.length} instance(s) on ${name} in ${times.map((ms) => `${Math.round(ms)} ms`).join(", ")} (checks every ${VERSION_CHECK_MS} ms)`,
    );
    for (const ms of times) expect(ms).toBeLessThan(REACHES_WITHIN_MS);
  });
});
