import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db.server";
import { buildIfSourcesChanged } from "@/scripts/build-app";
import { waitUntilUp } from "@/scripts/wait-until-up";
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";
import { testDatabaseTargets, type TestDatabase } from "@/tests/helpers/test-databases";

// Scale-out: two app instances on one PostgreSQL database. A change made through the database (as an
// administrator's would be) shows on both within 2 s, with no restart.
const PORTS = [3310, 3311] as const;
const REACHES_WITHIN_MS = 2_000;
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

for (const server of testDatabaseTargets().filter((target) => target.name === "PostgreSQL"))
  describe("two app instances on one PostgreSQL database", () => {
    let target: TestDatabase;
    const instances: ChildProcess[] = [];

    beforeAll(async () => {
      target = await server.create();
      if (target.config.kind !== "postgres") throw new Error("expected a PostgreSQL target");
      expect(await buildIfSourcesChanged()).toBe(0);
      // One after the other: the first migrates and seeds, the second finds nothing to do.
      for (const port of PORTS) {
        instances.push(
          spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
            env: { ...process.env, PORT: String(port), DATABASE_URL: target.config.url },
            stdio: "ignore",
            detached: true,
          }),
        );
        await waitUntilUp(`http://127.0.0.1:${port}/api/health`, 240);
      }
    }, 300_000);

    afterAll(async () => {
      for (const instance of instances) if (instance.pid) process.kill(-instance.pid, "SIGTERM");
      await target?.drop();
    });

    it("shows a change made through the database on both instances within 2 s", async () => {
      for (const port of PORTS) expect(await addressesOnRoute(port)).not.toContain(CHANGED_WEBSITE);

      const { db, close } = createDb(target.config);
      try {
        await db.municipality.update({ where: { code: TEACHER_ANSWERS.municipalityCode }, data: { website: CHANGED_WEBSITE } });
      } finally {
        await close();
      }
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
