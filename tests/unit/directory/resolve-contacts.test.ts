import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db.server";
import { applyMigrations } from "@/lib/db/schema-engine.server";
import { MUNICIPALITY_CODES } from "@/lib/directory/municipality-codes";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { seedDirectory } from "@/lib/directory/seed.server";
import { BODY_KEYS, type Outcome } from "@/machines/vocabulary";
import { testDatabaseTargets, type TestDatabase } from "@/tests/helpers/test-databases";
import { simplePathsToFinal } from "@/tests/model/chart-graph";

const uniqueOutcomes = (outcomes: Outcome[]) => [...new Map(outcomes.map((outcome) => [JSON.stringify(outcome), outcome])).values()];

describe.each(testDatabaseTargets())("contact resolution on $name", ({ create }) => {
  let target: TestDatabase;
  let db: Db;
  let close: () => Promise<void>;
  const getDb = () => db;

  beforeAll(async () => {
    target = await create();
    let factory;
    ({ db, factory, close } = createDb(target.config));
    await applyMigrations(factory);
    await seedDirectory(db);
  });

  afterAll(async () => {
    await close();
    await target.drop();
  });

  it("gives a phone number or web address for each body of every outcome in each of the 98 municipalities", async () => {
    const started = performance.now();
    const { paths } = simplePathsToFinal();
    const outcomes = uniqueOutcomes(paths.map((path) => path.state.output!));
    const enumerated = performance.now();
    for (const municipalityCode of MUNICIPALITY_CODES) {
      const { contacts, directory } = await resolveContacts({ db: getDb, bodies: [...BODY_KEYS], municipalityCode, locale: "da" });
      expect(directory).toBe("ok");
      const reachable = new Set(contacts.filter((contact) => contact.phone || contact.url).map((contact) => contact.body));
      for (const outcome of outcomes) {
        for (const body of [outcome.primary, ...outcome.also]) {
          expect(reachable.has(body), `${body} (${outcome.rule}) in ${municipalityCode}`).toBe(true);
        }
      }
    }
    const done = performance.now();
    console.info(
      `path enumeration (${paths.length} paths, ${outcomes.length} outcomes) ${Math.round(enumerated - started)} ms + contact resolution for 98 municipalities ${Math.round(done - enumerated)} ms = ${Math.round(done - started)} ms (goal ≤ 2000 ms)`,
    );
  });

  it("uses the municipality for SSP and the municipality, and its police district for the Info-House", async () => {
    const { contacts } = await resolveContacts({
      db: getDb,
      bodies: ["SSP", "MUNICIPALITY", "INFOHOUSE", "PSP", "KSP"],
      municipalityCode: "657",
      locale: "da",
    });
    expect(contacts.find((contact) => contact.body === "SSP")).toMatchObject({
      name: "Herning Kommune",
      url: "https://www.herning.dk",
      fallback: true,
    });
    expect(contacts.find((contact) => contact.body === "INFOHOUSE")).toMatchObject({
      email: "MVJYL-radikalisering@politi.dk",
      fallback: false,
    });
    expect(contacts.find((contact) => contact.body === "PSP")).toMatchObject({
      name: "Midt- og Vestjyllands Politi",
      phone: "114",
      fallback: true,
    });
  });

  it("marks every fallback with the gap it covers", async () => {
    const { contacts } = await resolveContacts({ db: getDb, bodies: [...BODY_KEYS], municipalityCode: "400", locale: "en" });
    const fallbacks = contacts.filter((contact) => contact.fallback);
    expect(fallbacks.map((contact) => contact.body).sort()).toEqual(["INFOHOUSE", "KSP", "MUNICIPALITY", "NFC_EXIT", "PSP", "SSP", "STUK"]);
    for (const contact of fallbacks) expect(contact.gap, contact.body).toMatch(/^We have no|^The National Exit|^PSP|^KSP/);
  });

  it("shows a district's own numbers next to 114", async () => {
    const { contacts } = await resolveContacts({ db: getDb, bodies: ["POLICE"], municipalityCode: "851", locale: "da" });
    expect(contacts.map((contact) => contact.phone)).toEqual(["114", "+45 96 30 14 48"]);
  });
});

describe("when the database is down", () => {
  it("still gives 112, 114 and the hotline, and says the directory is unavailable", async () => {
    const unreachable = () => {
      throw new Error("Can't reach database server at `127.0.0.1:9`");
    };
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const { contacts, directory, area } = await resolveContacts({
        db: unreachable,
        bodies: ["SSP", "EMERGENCY", "POLICE", "HOTLINE", "INFOHOUSE"],
        municipalityCode: "101",
        locale: "da",
      });
      expect(directory).toBe("unavailable");
      // The page can still name the municipality: "Kontakt SSP i Københavns Kommune".
      expect(area).toEqual({ municipality: "Københavns Kommune" });
      expect(contacts.map((contact) => [contact.body, contact.phone])).toEqual([
        ["EMERGENCY", "112"],
        ["POLICE", "114"],
        ["HOTLINE", "41 74 90 90"],
      ]);
      expect(warnings).toEqual([
        "directory unavailable: DATABASE_URL points at a server that cannot be reached: Can't reach database server at `127.0.0.1:9`",
      ]);
    } finally {
      console.warn = original;
    }
  });
});
