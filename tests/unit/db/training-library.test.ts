import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db.server";
import { applyMigrations } from "@/lib/db/schema-engine.server";
import { findScenario, listScenarios, seededScenarios, seedScenarios } from "@/lib/training/scenarios.server";
import type { Scenario } from "@/lib/training/scenario";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

const library = seededScenarios();
/** A seeded case as the library gives it: national, published and in both languages. */
const inLibrary = (scenario: Scenario) => ({ ...scenario, untranslated: false, municipalityCode: null, published: true });
const slugs = (scenarios: readonly { slug: string }[]) => scenarios.map((scenario) => scenario.slug);

// updatedAt records when a seed last wrote the row, so it is left out when rows are compared.
const libraryRows = (db: Db) => db.scenario.findMany({ orderBy: { slug: "asc" }, omit: { updatedAt: true } });

describe.each(testDatabaseTargets())("the training library on $name", ({ create }) => {
  const database = testDatabase(create, { contents: "empty" });

  it("applies the committed migrations, which create an empty library", async () => {
    expect((await applyMigrations(database.factory)).length).toBeGreaterThan(0);
    expect(await database.db.scenario.count()).toBe(0);
  });

  it("seeds every case of the seed file, and a second seed leaves the rows as they were", async () => {
    expect(await seedScenarios(database.db)).toEqual({ scenarios: library.length, retired: 0 });
    const before = await libraryRows(database.db);
    expect(before).toHaveLength(library.length);
    expect(await seedScenarios(database.db)).toEqual({ scenarios: library.length, retired: 0 });
    expect(await libraryRows(database.db)).toEqual(before);
  });

  it("finds each case exactly as the seed file has it, and nothing for an unknown slug", async () => {
    for (const scenario of library) expect(await findScenario({ db: database.db, slug: scenario.slug })).toEqual(inLibrary(scenario));
    expect(await findScenario({ db: database.db, slug: "ingen-saadan-sag" })).toBeNull();
  });

  it("lists the library in its order", async () => {
    expect(slugs(await listScenarios({ db: database.db }))).toEqual(slugs(library));
  });

  it("lists the cases of one workplace, or of one expected rule, in the library's order", async () => {
    // Each filter picks cases whose library order is not alphabetical, so that the order is what is tested.
    const notAlphabetical = (names: string[]) => expect(names).not.toEqual([...names].sort());

    const education = slugs(library.filter((scenario) => scenario.workplace === "education"));
    notAlphabetical(education);
    expect(slugs(await listScenarios({ db: database.db, filter: { workplace: "education" } }))).toEqual(education);

    const adviceFirst = slugs(library.filter((scenario) => scenario.expected.rule === "R7"));
    notAlphabetical(adviceFirst);
    expect(slugs(await listScenarios({ db: database.db, filter: { rule: "R7" } }))).toEqual(adviceFirst);

    const both = slugs(library.filter((scenario) => scenario.workplace === "other" && scenario.expected.rule === "R8f"));
    expect(both.length).toBeGreaterThan(0);
    expect(slugs(await listScenarios({ db: database.db, filter: { workplace: "other", rule: "R8f" } }))).toEqual(both);
  });

  it("retires a case that leaves the seed, and brings it back when it returns", async () => {
    const removed = library[1];
    if (!removed) throw new Error("The library needs at least two cases");
    const shorter = library.filter((scenario) => scenario !== removed);

    expect(await seedScenarios(database.db, shorter)).toEqual({ scenarios: shorter.length, retired: 1 });
    expect(await findScenario({ db: database.db, slug: removed.slug })).toBeNull();
    expect(slugs(await listScenarios({ db: database.db }))).toEqual(slugs(shorter));
    expect(slugs(await listScenarios({ db: database.db, filter: { workplace: removed.workplace } }))).not.toContain(removed.slug);

    expect(await seedScenarios(database.db)).toEqual({ scenarios: library.length, retired: 0 });
    expect(await findScenario({ db: database.db, slug: removed.slug })).toEqual(inLibrary(removed));
    expect(slugs(await listScenarios({ db: database.db }))).toEqual(slugs(library));
  });

  it("refuses to seed a case whose expected route the statechart does not give, and writes nothing", async () => {
    const [first, ...rest] = library;
    if (!first) throw new Error("The library is empty");
    const wrong = { ...first, title: { da: "Ændret", en: "Changed" }, expected: { ...first.expected, primary: "VISO" as const } };
    await expect(seedScenarios(database.db, [wrong, ...rest])).rejects.toThrow(
      `The training case ${first.slug} disagrees with the statechart: primary`,
    );
    expect(await findScenario({ db: database.db, slug: first.slug })).toEqual(inLibrary(first));
  });
});
