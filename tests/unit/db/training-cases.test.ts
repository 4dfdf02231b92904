import { beforeAll, describe, expect, it } from "vitest";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import type { Db } from "@/lib/db.server";
import {
  casesFor,
  casesToExport,
  createDrafts,
  findEditableCase,
  promoteCase,
  publishCase,
  retireCase,
  saveCase,
} from "@/lib/training/authoring/cases.server";
import type { AuthoredCase } from "@/lib/training/scenario";
import { findScenario, listScenarios, seededScenarios, seedScenarios } from "@/lib/training/scenarios.server";
import { startSession } from "@/lib/training/room/room.server";
import { administrator } from "@/tests/helpers/administrators";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

// A seeded case with its English taken away: what a trainer writes for their own municipality.
const [teacher] = seededScenarios().filter((scenario) => scenario.expected.primary === "SSP");
if (!teacher) throw new Error("The library needs a case routed to SSP");
const danishOnly: AuthoredCase = {
  ...teacher,
  slug: "ny-sag",
  title: { da: "En elev i Gladsaxe deler propaganda", en: "" },
  teaser: { ...teacher.teaser, en: "" },
  narrative: { ...teacher.narrative, en: "" },
  learningPoints: teacher.learningPoints.map((point) => ({ ...point, en: "" })),
};
const disagreeing = (content: AuthoredCase): AuthoredCase => ({ ...content, expected: { ...content.expected, primary: "POLICE" } });

/** The case's row as the last audit event of it left it. */
async function lastAudited(db: Db, slug: string) {
  const event = await db.auditEvent.findFirst({ where: { subject: `case:${slug}` }, orderBy: { id: "desc" } });
  return event?.after as { title: { da: string }; status: string; municipalityCode: string | null } | undefined;
}

describe.each(testDatabaseTargets())("training cases written in the administration on $name", ({ create }) => {
  const database = testDatabase(create, { prepare: (db) => seedScenarios(db).then(() => undefined) });
  let trainer: SignedInAdmin, otherTrainer: SignedInAdmin, national: SignedInAdmin, editor: SignedInAdmin;
  let slug: string;

  beforeAll(async () => {
    const { db } = database;
    trainer = await administrator(db, "underviser@example.dk", "TRAINER", { municipalityCodes: ["159"] });
    otherTrainer = await administrator(db, "underviser2@example.dk", "TRAINER", { municipalityCodes: ["751"] });
    national = await administrator(db, "national@example.dk", "NATIONAL");
    editor = await administrator(db, "redaktoer@example.dk", "MUNICIPALITY_EDITOR", { municipalityCodes: ["159"] });
  });

  it("writes a new case as a draft of its author at an address from its Danish title, audited", async () => {
    const [written] = await createDrafts(database.db, trainer, [{ content: danishOnly, municipalityCode: "159" }], "caseCreated");
    expect(written).toEqual({ kind: "saved", slug: "en-elev-i-gladsaxe-deler-propaganda" });
    slug = "en-elev-i-gladsaxe-deler-propaganda";
    expect(await lastAudited(database.db, slug)).toMatchObject({ status: "draft", municipalityCode: "159" });
    // A draft is in nobody's library, and no room can run it.
    expect(await findScenario({ db: database.db, slug })).toBeNull();
    expect(await startSession({ db: database.db, scenarioSlug: slug, now: new Date(), lifetimeMs: 60_000 })).toBeNull();
  });

  it("lets the author and national administrators open the case, and refuses another trainer and an editor", async () => {
    expect(await findEditableCase(database.db, trainer, slug)).toMatchObject({ version: 0, authorEmail: "underviser@example.dk" });
    expect(await findEditableCase(database.db, national, slug)).not.toBe("forbidden");
    expect(await findEditableCase(database.db, otherTrainer, slug)).toBe("forbidden");
    expect(await findEditableCase(database.db, editor, slug)).toBe("forbidden");
    expect(await findEditableCase(database.db, national, teacher.slug)).toBe("forbidden");
    expect((await casesFor(database.db, otherTrainer)).own).toEqual([]);
  });

  it("never saves a case whose expected route disagrees with the engine, and refuses a save over someone else's", async () => {
    const save = (content: AuthoredCase, version: number, admin = trainer) =>
      saveCase(database.db, admin, { slug, version, content, municipalityCode: "159" });
    expect(await save(disagreeing(danishOnly), 0)).toEqual({ kind: "disagreesWithEngine" });
    expect(await save(danishOnly, 0, otherTrainer)).toEqual({ kind: "forbidden" });
    const renamed = { ...danishOnly, title: { da: "En ny titel", en: "" } };
    // Two saves from the same version race: one wins, the other is told the case changed since.
    const outcomes = await Promise.all([save(renamed, 0), save({ ...renamed, title: { da: "En anden titel", en: "" } }, 0)]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["changedSince", "saved"]);
    const live = await findEditableCase(database.db, trainer, slug);
    if (!live || live === "forbidden") throw new Error("The case is gone");
    expect(live.version).toBe(1);
    expect((await lastAudited(database.db, slug))?.title.da).toBe(live.content.title.da);
  });

  it("publishes the case to its municipality's cases, where the library finds it with its Danish standing in for English", async () => {
    expect(await publishCase(database.db, trainer, slug, 0)).toEqual({ kind: "changedSince" });
    expect(await publishCase(database.db, trainer, slug, 1)).toEqual({ kind: "saved", slug });
    const found = await findScenario({ db: database.db, slug });
    expect(found).toMatchObject({ published: true, untranslated: true, municipalityCode: "159" });
    expect(found?.narrative.en).toBe(danishOnly.narrative.da);
    expect((await listScenarios({ db: database.db, filter: { area: "159" } })).map((scenario) => scenario.slug)).toEqual([slug]);
    expect((await listScenarios({ db: database.db, filter: { area: "landsdaekkende" } })).map((scenario) => scenario.slug)).not.toContain(
      slug,
    );
    expect(await lastAudited(database.db, slug)).toMatchObject({ status: "published" });
  });

  it("makes a case national only at a national administrator's hand", async () => {
    expect(await promoteCase(database.db, trainer, slug, 2)).toEqual({ kind: "forbidden" });
    expect(await saveCase(database.db, trainer, { slug, version: 2, content: danishOnly, municipalityCode: null })).toEqual({
      kind: "forbidden",
    });
    expect(await promoteCase(database.db, national, slug, 2)).toEqual({ kind: "saved", slug });
    // Made national, it is no longer its author's to change or take back.
    expect(await findEditableCase(database.db, trainer, slug)).toBe("forbidden");
    expect((await casesFor(database.db, trainer)).own.map((item) => item.slug)).not.toContain(slug);
    expect((await casesFor(database.db, trainer)).library.map((item) => item.slug)).toContain(slug);
    expect((await listScenarios({ db: database.db, filter: { area: "landsdaekkende" } })).map((scenario) => scenario.slug)).toContain(slug);
    expect(await lastAudited(database.db, slug)).toMatchObject({ municipalityCode: null });
  });

  it("a trainer without a municipality of the case cannot publish it national", async () => {
    const [draft] = await createDrafts(database.db, trainer, [{ content: danishOnly, municipalityCode: null }], "caseCreated");
    if (draft?.kind !== "saved") throw new Error("No draft");
    expect(draft.slug).toBe(`${slug}-2`);
    expect(await publishCase(database.db, trainer, draft.slug, 0)).toEqual({ kind: "needsMunicipality" });
    expect(await findScenario({ db: database.db, slug: draft.slug })).toBeNull();
  });

  it("imports a pack's cases as drafts, each at an address of its own when two want the same", async () => {
    const wanted = { content: danishOnly, municipalityCode: "159", wantedSlug: "pakke-sag" };
    const written = await createDrafts(database.db, trainer, [wanted, wanted], "caseImported");
    expect(written).toEqual([
      { kind: "saved", slug: "pakke-sag" },
      { kind: "saved", slug: "pakke-sag-2" },
    ]);
    expect(await database.db.auditEvent.count({ where: { action: "caseImported" } })).toBe(2);
  });

  it("exports published cases and the administrator's own drafts, never another trainer's draft", async () => {
    const [draft] = await createDrafts(database.db, otherTrainer, [{ content: danishOnly, municipalityCode: "751" }], "caseCreated");
    if (draft?.kind !== "saved") throw new Error("No draft");
    const exported = await casesToExport(database.db, trainer, [slug, draft.slug, teacher.slug]);
    expect(exported.map((item) => item.slug)).toEqual([slug, teacher.slug]);
    expect(exported[0]?.narrative.en).toBe("");
  });

  it("flags a case on its author's list when today's statechart no longer routes its answers as it expects", async () => {
    const listed = async () => (await casesFor(database.db, trainer)).own.find((item) => item.slug === `${slug}-2`)?.differences;
    expect(await listed()).toEqual([]);
    // As if a change of the rules had moved the route: the row's expectation is the old one.
    await database.db.scenario.update({ where: { slug: `${slug}-2` }, data: { expectedPrimary: "INFOHOUSE" } });
    expect(await listed()).toEqual(["primary"]);
    await database.db.scenario.update({ where: { slug: `${slug}-2` }, data: { expectedPrimary: danishOnly.expected.primary } });
  });

  it("retires a case, which leaves the library, and a second seed leaves trainers' cases alone", async () => {
    expect(await retireCase(database.db, trainer, slug, 3)).toEqual({ kind: "forbidden" });
    expect(await retireCase(database.db, national, slug, 3)).toEqual({ kind: "saved", slug });
    expect(await findScenario({ db: database.db, slug })).toBeNull();
    expect(await findScenario({ db: database.db, slug, includeRetired: true })).not.toBeNull();
    // A retired case leaves no more in a pack, except to whom may change it.
    expect(await casesToExport(database.db, otherTrainer, [slug])).toEqual([]);
    await seedScenarios(database.db);
    expect(await database.db.scenario.count({ where: { authorId: { not: null } } })).toBe(5);
    expect(await database.db.scenario.findUnique({ where: { slug: `${slug}-2` } })).toMatchObject({ retiredAt: null });
  });
});
