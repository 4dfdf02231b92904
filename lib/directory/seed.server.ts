import "server-only";
import type { Db } from "../db.server";
import { directorySeedProblems } from "./directory-seed";
import { scopeOf } from "./seed-records";
import { reviewDue } from "./review";

/** Who checked the seeded contacts: the team, against the sources in docs/sources.md. */
export const SEED_VERIFIER = "Henvis seed data";

const asDate = <T extends { verifiedAt: string }>(record: T) => ({ ...record, verifiedAt: new Date(record.verifiedAt) });

export class DirectorySeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The directory's seed data has ${problems.length} problem(s); nothing was written:\n  ${problems.join("\n  ")}`);
  }
}

/**
 * Writes the directory from prisma/seed-data, after checking every file; a problem in any file writes nothing.
 * Idempotent: regions, police districts and municipalities are upserted by their key, so they hold what the
 * files hold. Contacts are only added: once a contact is in the database, its administrators keep it true
 * (docs/decisions/0015-directory-administration.md), and a new seed must not undo their work.
 */
export async function seedDirectory(
  db: Db,
): Promise<{ regions: number; policeDistricts: number; municipalities: number; contacts: number }> {
  const { seed, problems } = directorySeedProblems();
  if (problems.length > 0) throw new DirectorySeedError(problems);
  const contacts = seed.contacts.map((record) => ({
    ...asDate(record),
    scope: scopeOf(record),
    verifiedBy: SEED_VERIFIER,
    nextReviewAt: reviewDue(new Date(record.verifiedAt), record.line),
  }));
  await db.$transaction([
    ...seed.regions.map(asDate).map((data) => db.region.upsert({ where: { id: data.id }, create: data, update: data })),
    ...seed.policeDistricts.map(asDate).map((data) => db.policeDistrict.upsert({ where: { id: data.id }, create: data, update: data })),
    ...seed.municipalities.map(asDate).map((data) => db.municipality.upsert({ where: { code: data.code }, create: data, update: data })),
    db.contact.createMany({ data: contacts, skipDuplicates: true }),
  ]);
  return {
    regions: seed.regions.length,
    policeDistricts: seed.policeDistricts.length,
    municipalities: seed.municipalities.length,
    contacts: contacts.length,
  };
}

/** Whether the directory has not been seeded yet. */
export const directoryIsEmpty = async (db: Db) => (await db.municipality.count()) === 0;
