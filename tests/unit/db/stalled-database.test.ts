import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db.server";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { orUnavailable } from "@/lib/training/outage.server";
import { startStallingProxy, type StallingProxy } from "@/tests/helpers/stalling-proxy";
import { serverDatabaseTargets, testDatabase } from "@/tests/helpers/test-database";

// A database that accepts the connection and then says nothing must not hold a page: within the deadline
// (2 s) the directory gives the national channels and the training says it is unavailable.
const ANSWER_WITHIN_MS = 3_000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const asSsp = (db: () => Db) => resolveContacts({ db, bodies: ["SSP", "HOTLINE", "POLICE"], municipalityCode: "101", locale: "da" });

describe("a PostgreSQL server that accepts connections and never answers", () => {
  let proxy: StallingProxy;
  let db: Db;
  let close: () => Promise<void>;
  const warn = console.warn;

  beforeAll(async () => {
    console.warn = () => {};
    proxy = await startStallingProxy();
    ({ db, close } = createDb({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${proxy.port}/test` }, "requests"));
  });

  afterAll(async () => {
    console.warn = warn;
    await close();
    await proxy.close();
  });

  it("gives the result page's contacts without the directory within 3 s", async () => {
    const { value, ms } = await timed(() => asSsp(() => db));
    console.info(`stalled from the start: the directory answered without the database in ${Math.round(ms)} ms`);
    expect(value.directory).toBe("unavailable");
    expect(value.contacts.map((contact) => contact.phone)).toEqual(["41 74 90 90", "114"]);
    expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("answers ten requests at once within 3 s each", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => timed(() => asSsp(() => db))));
    const worst = Math.max(...answers.map(({ ms }) => ms));
    console.info(`stalled from the start: worst of 10 concurrent requests ${Math.round(worst)} ms`);
    expect(worst).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("tells the training pages the database is unavailable within 3 s", async () => {
    const { value, ms } = await timed(() => orUnavailable(() => db.scenario.count()));
    expect(value).toBe("unavailable");
    expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
  });
});

// With a PostgreSQL server to stall (DATABASE_URL, as in CI's data-layer run): a connection that worked stops answering.
for (const server of serverDatabaseTargets())
  describe("a PostgreSQL connection that stalls after it worked", () => {
    // Another instance, whose connection does not stall, makes the change.
    const direct = testDatabase(server.create);
    let proxy: StallingProxy;
    let db: Db;
    let close: () => Promise<void>;
    const warn = console.warn;

    beforeAll(async () => {
      if (direct.config.kind !== "postgres") throw new Error("expected a PostgreSQL target");
      const url = new URL(direct.config.url);
      proxy = await startStallingProxy({ host: url.hostname, port: Number(url.port || 5432) });
      url.host = `127.0.0.1:${proxy.port}`;
      ({ db, close } = createDb({ kind: "postgres", url: url.toString() }));
    });

    afterAll(async () => {
      console.warn = warn;
      await close();
      await proxy.close();
    });

    it("answers from the directory it keeps while the connection stalls, and sees a change once it answers again", async () => {
      expect((await asSsp(() => db)).directory).toBe("ok");
      console.warn = () => {};
      proxy.stall();
      const stalled = await timed(() => asSsp(() => db));
      console.info(`stalled after connecting: the kept directory answered in ${Math.round(stalled.ms)} ms`);
      expect(stalled.value.directory).toBe("ok");
      expect(stalled.ms).toBeLessThan(ANSWER_WITHIN_MS);
      // Long enough for version checks to hit the stall and give up.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      proxy.resume();

      const changed = "changed-after-a-stall@example.org";
      const ssp = await direct.db.contact.findFirstOrThrow({ where: { body: "SSP", municipalityCode: "101" } });
      await direct.db.contact.update({ where: { id: ssp.id }, data: { email: changed } });
      const emails = async () => (await asSsp(() => db)).contacts.map((contact) => contact.email);
      const started = performance.now();
      while (!(await emails()).includes(changed) && performance.now() - started < 10_000)
        await new Promise((resolve) => setTimeout(resolve, 100));
      console.info(`after the stall: a change reached the kept directory in ${Math.round(performance.now() - started)} ms`);
      expect(await emails()).toContain(changed);
    });
  });
