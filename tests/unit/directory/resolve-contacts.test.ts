import { describe, expect, it } from "vitest";
import { MUNICIPALITY_CODES } from "@/lib/directory/municipality-codes";
import { loadDirectory } from "@/lib/directory/directory-queries.server";
import { directorySnapshotSchema } from "@/lib/directory/directory-snapshot";
import { lookupInSnapshot } from "@/lib/directory/snapshot-lookup";
import { resolveFromDirectory } from "@/lib/directory/resolve-contacts";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { directorySeedProblems } from "@/lib/directory/directory-seed";
import { GAP_TEXTS } from "@/lib/directory/gaps";
import { BODY_KEYS, type BodyKey, type Outcome } from "@/machines/vocabulary";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";
import { simplePathsToFinal } from "@/tests/model/chart-graph";

const uniqueOutcomes = (outcomes: Outcome[]) => [...new Map(outcomes.map((outcome) => [JSON.stringify(outcome), outcome])).values()];

describe.each(testDatabaseTargets())("contact resolution on $name", ({ create }) => {
  const database = testDatabase(create);
  const getDb = () => database.db;

  it("gives a phone number or web address for each body of every outcome in each of the 98 municipalities", async () => {
    const started = performance.now();
    const { paths } = simplePathsToFinal(true);
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

  const { seed } = directorySeedProblems();
  const recordsOf = (body: BodyKey) => seed.contacts.filter((record) => record.body === body);
  const switchboardOf = (code: string) => seed.municipalities.find((municipality) => municipality.code === code)!;

  it("shows the municipality's own contact before its police district's", async () => {
    const district = recordsOf("INFOHOUSE").find((record) => record.policeDistrictId)!;
    const local = recordsOf("INFOHOUSE").find(
      (record) => record.municipalityCode && switchboardOf(record.municipalityCode).policeDistrictId === district.policeDistrictId,
    )!;
    const { contacts } = await resolveContacts({
      db: getDb,
      bodies: ["INFOHOUSE"],
      municipalityCode: local.municipalityCode,
      locale: "da",
    });
    expect(contacts.slice(0, 2).map((contact) => [contact.name, contact.fallback])).toEqual([
      [local.nameDa, false],
      [district.nameDa, false],
    ]);
  });

  it("gives a body without a contact of its own the municipality's switchboard, saying what is missing", async () => {
    const coveredBy = new Set(recordsOf("SSP").map((record) => record.municipalityCode ?? record.policeDistrictId));
    const place = seed.municipalities.find(
      (municipality) => municipality.phone && !coveredBy.has(municipality.code) && !coveredBy.has(municipality.policeDistrictId),
    )!;
    const { contacts } = await resolveContacts({ db: getDb, bodies: ["SSP"], municipalityCode: place.code, locale: "da" });
    expect(contacts).toEqual([expect.objectContaining({ phone: place.phone, url: place.website, fallback: true, gap: GAP_TEXTS.SSP.da })]);
  });

  it("adds the nearest channel to phone, without a gap, to a contact that is only a page", async () => {
    const page = recordsOf("SSP").find(
      (record) => record.municipalityCode && !record.phone && !record.email && switchboardOf(record.municipalityCode).phone,
    )!;
    const { contacts } = await resolveContacts({ db: getDb, bodies: ["SSP"], municipalityCode: page.municipalityCode, locale: "da" });
    expect(contacts.map((contact) => [contact.url, contact.phone, contact.fallback, contact.gap])).toEqual([
      [page.url, undefined, false, undefined],
      [switchboardOf(page.municipalityCode!).website, switchboardOf(page.municipalityCode!).phone, true, undefined],
    ]);
  });

  it("finds a region's PSP contact for the municipalities of that region", async () => {
    const regional = recordsOf("PSP").find((record) => record.regionId)!;
    const place = seed.municipalities.find((municipality) => municipality.regionId === regional.regionId)!;
    const { contacts } = await resolveContacts({ db: getDb, bodies: ["PSP"], municipalityCode: place.code, locale: "en" });
    expect(contacts[0]).toMatchObject({ name: regional.nameEn, url: regional.url, fallback: false });
  });

  it("carries the date the source shows, apart from the day it was read", async () => {
    const dated = recordsOf("SSP").find((record) => record.municipalityCode && record.sourceDate)!;
    const { contacts } = await resolveContacts({ db: getDb, bodies: ["SSP"], municipalityCode: dated.municipalityCode, locale: "da" });
    expect(contacts[0]).toMatchObject({ sourceDate: dated.sourceDate, verifiedAt: dated.verifiedAt });
  });

  // The municipality's switchboard stands in for adults' social services even where a unit for children exists.
  it("says what is missing with every fallback that stands in for a body's own contact for the same people", async () => {
    for (const municipalityCode of MUNICIPALITY_CODES) {
      const { contacts } = await resolveContacts({ db: getDb, bodies: [...BODY_KEYS], municipalityCode, locale: "en" });
      for (const contact of contacts.filter((candidate) => candidate.fallback)) {
        const hasOwn = contacts.some((own) => own.body === contact.body && own.audience === contact.audience && !own.fallback);
        expect(contact.gap === undefined, `${contact.body} in ${municipalityCode}`).toBe(hasOwn);
      }
    }
  });

  it("gives, from the browser's copy of the directory sent as JSON, the same contacts as the server in every municipality", async () => {
    const sent = JSON.stringify({ asOf: "2026-12-01", ...(await loadDirectory(database.db)) });
    const snapshot = directorySnapshotSchema.parse(JSON.parse(sent));
    expect(snapshot.places).toHaveLength(MUNICIPALITY_CODES.length);
    for (const municipalityCode of [...MUNICIPALITY_CODES, undefined]) {
      for (const locale of ["da", "en"] as const) {
        const bodies = [...BODY_KEYS];
        const online = await resolveContacts({ db: getDb, bodies, municipalityCode, locale });
        const offline = resolveFromDirectory(lookupInSnapshot(snapshot, municipalityCode, locale), bodies, municipalityCode);
        expect(offline, `${municipalityCode ?? "no municipality"} in ${locale}`).toEqual(online);
      }
    }
  });

  it("shows a district's own numbers next to 114", async () => {
    const district = seed.policeDistricts.find((candidate) => candidate.phone)!;
    const place = seed.municipalities.find((municipality) => municipality.policeDistrictId === district.id)!;
    const { contacts } = await resolveContacts({ db: getDb, bodies: ["POLICE"], municipalityCode: place.code, locale: "da" });
    expect(contacts.map((contact) => contact.phone)).toEqual(["114", district.phone]);
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
        "directory: database unavailable: DATABASE_URL points at a server that cannot be reached: Can't reach database server at `127.0.0.1:9`",
      ]);
    } finally {
      console.warn = original;
    }
  });
});
