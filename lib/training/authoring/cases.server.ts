import "server-only";
import type { Db } from "../../db.server";
import type { Prisma } from "../../generated/prisma/client";
import { audit, type AuditAction } from "../../admin/audit.server";
import type { SignedInAdmin } from "../../admin/sessions.server";
import type { AuthoredCase } from "../scenario";
import { agrees, checkAgainstEngine, type EngineCheck, type RoutePart } from "../scenario-check";
import { authoredFromRow, caseColumns, isUntranslated, type ScenarioRow } from "../scenarios.server";
import { mayChangeCase, mayPromote, mayWriteFor, publishProblem, type CaseOwnership } from "./case-access";
import { freeSlug, slugFromTitle } from "./case-slug";

// The only code that writes the cases trainers author. Every write names the version it read, takes the case's row
// lock, checks who may make it, and is audited in the same transaction: the library always equals what the log says.

export type CaseStatus = "draft" | "published" | "retired";

/** A case as the administration lists it. */
export type CaseSummary = {
  slug: string;
  title: string;
  status: CaseStatus;
  /** Whether some of its English is missing. */
  untranslated: boolean;
  municipalityCode: string | null;
  authorEmail: string | null;
  /** Where its answers, run through today's statechart, no longer give the route it expects: none when they do. */
  differences: (RoutePart | "unusedAnswers")[] | "incomplete";
  updatedAt: string;
};

/** A case opened for editing: what it says, who owns it, and the version a save must name. */
export type EditableCase = { content: AuthoredCase; ownership: CaseOwnership; version: number; authorEmail: string | null };

export type CaseWrite =
  { kind: "saved"; slug: string } | { kind: "forbidden" | "notFound" | "changedSince" | "disagreesWithEngine" | "needsMunicipality" };

type RowWithAuthor = ScenarioRow & { author: { email: string } | null };
const WITH_AUTHOR = { author: { select: { email: true } } } as const;

const statusOf = (row: ScenarioRow): CaseStatus => (row.retiredAt ? "retired" : row.publishedAt ? "published" : "draft");
const ownershipOf = (row: ScenarioRow): CaseOwnership => ({
  authorId: row.authorId,
  municipalityCode: row.municipalityCode,
  published: row.publishedAt !== null,
  retired: row.retiredAt !== null,
});

const differencesOf = (check: EngineCheck): CaseSummary["differences"] =>
  check.status === "incomplete"
    ? "incomplete"
    : [...check.disagreeing, ...(check.unusedAnswers.length > 0 ? ["unusedAnswers" as const] : [])];

function summary(row: RowWithAuthor): CaseSummary {
  const content = authoredFromRow(row);
  return {
    slug: row.slug,
    title: row.titleDa,
    status: statusOf(row),
    untranslated: isUntranslated(content),
    municipalityCode: row.municipalityCode,
    authorEmail: row.author?.email ?? null,
    differences: differencesOf(checkAgainstEngine(content.answers, content.expected)),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the administrator's case list shows: the cases they may change, and the national library they may copy. */
export async function casesFor(db: Db, admin: SignedInAdmin): Promise<{ own: CaseSummary[]; library: CaseSummary[] }> {
  const [own, library] = await Promise.all([
    db.scenario.findMany({
      // A trainer's case that a national administrator has made national is no longer theirs to change.
      where:
        admin.role === "NATIONAL"
          ? { authorId: { not: null } }
          : { authorId: admin.id, NOT: { publishedAt: { not: null }, municipalityCode: null } },
      include: WITH_AUTHOR,
      orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
    }),
    db.scenario.findMany({
      where: { retiredAt: null, publishedAt: { not: null }, municipalityCode: null },
      include: WITH_AUTHOR,
      orderBy: [{ position: "asc" }, { slug: "asc" }],
    }),
  ]);
  return { own: own.map(summary), library: library.map(summary) };
}

/** A case the administrator may change, or why not. */
export async function findEditableCase(db: Db, admin: SignedInAdmin, slug: string): Promise<EditableCase | "forbidden" | null> {
  const row = await db.scenario.findUnique({ where: { slug }, include: WITH_AUTHOR });
  if (!row) return null;
  if (!mayChangeCase(admin, ownershipOf(row))) return "forbidden";
  return { content: authoredFromRow(row), ownership: ownershipOf(row), version: row.version, authorEmail: row.author?.email ?? null };
}

const snapshot = (row: ScenarioRow) => ({ ...authoredFromRow(row), municipalityCode: row.municipalityCode, status: statusOf(row) });

type Tx = Prisma.TransactionClient;

/** The case's row, locked for this transaction, when it may be changed by the administrator at the version they read. */
async function lockedCase(tx: Tx, admin: SignedInAdmin, slug: string, version: number | undefined) {
  await tx.$queryRaw`SELECT slug FROM "Scenario" WHERE slug = ${slug} FOR UPDATE`;
  const row = await tx.scenario.findUnique({ where: { slug } });
  if (!row) return { problem: "notFound" as const };
  if (!mayChangeCase(admin, ownershipOf(row))) return { problem: "forbidden" as const };
  if (version !== undefined && row.version !== version) return { problem: "changedSince" as const };
  return { row };
}

/** Changes one case under its lock, and audits the change with the case before and after. */
async function changeCase(
  db: Db,
  admin: SignedInAdmin,
  { slug, version, action }: { slug: string; version?: number; action: AuditAction },
  change: (row: ScenarioRow) => Prisma.ScenarioUpdateInput | { problem: "disagreesWithEngine" | "needsMunicipality" | "forbidden" },
): Promise<CaseWrite> {
  return db.$transaction(async (tx) => {
    const locked = await lockedCase(tx, admin, slug, version);
    if (locked.problem) return { kind: locked.problem };
    const data = change(locked.row);
    if ("problem" in data) return { kind: data.problem };
    const after = await tx.scenario.update({ where: { slug }, data: { ...data, version: { increment: 1 } } });
    await audit(tx, { actorEmail: admin.email, action, subject: `case:${slug}`, before: snapshot(locked.row), after: snapshot(after) });
    return { kind: "saved", slug };
  });
}

const stillAgrees = (content: AuthoredCase) => agrees(checkAgainstEngine(content.answers, content.expected));

/** Saves what the editor holds over the version it was opened at. A case whose route disagrees with the engine is refused. */
export function saveCase(
  db: Db,
  admin: SignedInAdmin,
  input: { slug: string; version: number; content: AuthoredCase; municipalityCode: string | null },
): Promise<CaseWrite> {
  const { slug, version, content, municipalityCode } = input;
  return changeCase(db, admin, { slug, version, action: "caseEdited" }, (row) => {
    if (!stillAgrees(content)) return { problem: "disagreesWithEngine" };
    // A published case without a municipality is national, which only a promotion makes it; nobody takes a municipality that is not theirs.
    const moved = municipalityCode !== row.municipalityCode;
    const mayMove = municipalityCode === null ? row.publishedAt === null || mayPromote(admin) : mayWriteFor(admin, municipalityCode);
    if (moved && !mayMove) return { problem: "forbidden" };
    return { ...caseColumns({ ...content, slug }), municipalityCode };
  });
}

/** Publishes a draft as it stood at `version`, when it still agrees with the engine and has its place in the library. */
export const publishCase = (db: Db, admin: SignedInAdmin, slug: string, version: number) =>
  changeCase(db, admin, { slug, version, action: "casePublished" }, (row) => {
    if (!stillAgrees(authoredFromRow(row))) return { problem: "disagreesWithEngine" };
    const problem = publishProblem(admin, ownershipOf(row));
    return problem ? { problem } : { publishedAt: new Date(), retiredAt: null };
  });

/** Retires a case: it leaves the library, and a room already running it keeps it. Never deleted. */
export const retireCase = (db: Db, admin: SignedInAdmin, slug: string, version: number) =>
  changeCase(db, admin, { slug, version, action: "caseRetired" }, () => ({ retiredAt: new Date() }));

/** Makes a local case national: a national administrator's decision. */
export const promoteCase = (db: Db, admin: SignedInAdmin, slug: string, version: number) =>
  changeCase(db, admin, { slug, version, action: "casePromoted" }, () =>
    mayPromote(admin) ? { municipalityCode: null } : { problem: "forbidden" },
  );

/** Serialises new cases, so that two at once never choose the same address. */
async function takenSlugs(tx: Tx, wanted: readonly string[]): Promise<Set<string>> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('scenario-slugs', 0))`;
  const rows = await tx.scenario.findMany({
    where: { OR: wanted.map((slug) => ({ slug: { startsWith: slug } })) },
    select: { slug: true },
  });
  return new Set(rows.map((row) => row.slug));
}

/**
 * Writes new drafts owned by the administrator, each at an address of its own from its Danish title (or its slug in a
 * pack), after the library. All or nothing.
 */
export async function createDrafts(
  db: Db,
  admin: SignedInAdmin,
  drafts: readonly { content: AuthoredCase; municipalityCode: string | null; wantedSlug?: string }[],
  action: AuditAction,
): Promise<CaseWrite[]> {
  return db.$transaction(async (tx) => {
    const wanted = drafts.map((draft) => draft.wantedSlug ?? slugFromTitle(draft.content.title.da));
    const taken = await takenSlugs(tx, wanted);
    const { _max } = await tx.scenario.aggregate({ _max: { position: true } });
    const written: CaseWrite[] = [];
    for (const [index, draft] of drafts.entries()) {
      const slug = freeSlug(wanted[index]!, taken);
      taken.add(slug);
      const row = await tx.scenario.create({
        data: {
          slug,
          position: (_max.position ?? 0) + 1 + index,
          ...caseColumns({ ...draft.content, slug }),
          municipalityCode: draft.municipalityCode,
          author: { connect: { id: admin.id } },
        },
      });
      await audit(tx, { actorEmail: admin.email, action, subject: `case:${slug}`, after: snapshot(row) });
      written.push({ kind: "saved", slug });
    }
    return written;
  });
}

/** The cases of a pack: those in the library, and those the administrator may change. A retired case leaves no more. In the order asked. */
export async function casesToExport(db: Db, admin: SignedInAdmin, slugs: readonly string[]): Promise<AuthoredCase[]> {
  const rows = await db.scenario.findMany({ where: { slug: { in: [...slugs] } } });
  const visible = rows.filter((row) => (row.publishedAt !== null && row.retiredAt === null) || mayChangeCase(admin, ownershipOf(row)));
  return slugs.flatMap((slug) => visible.filter((row) => row.slug === slug).map(authoredFromRow));
}

/** A case to copy: any the administrator can see (see casesToExport). */
export async function caseToCopy(db: Db, admin: SignedInAdmin, slug: string): Promise<AuthoredCase | null> {
  return (await casesToExport(db, admin, [slug]))[0] ?? null;
}

/** Whether a draft may be shown to the administrator as a trainee would see it. */
export async function mayPreview(db: Db, admin: SignedInAdmin, slug: string): Promise<boolean> {
  const row = await db.scenario.findUnique({ where: { slug } });
  return row !== null && mayChangeCase(admin, ownershipOf(row));
}
