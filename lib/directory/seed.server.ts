import "server-only";
import contacts from "@/prisma/seed-data/contacts.json" with { type: "json" };
import municipalities from "@/prisma/seed-data/municipalities.json" with { type: "json" };
import policeDistricts from "@/prisma/seed-data/police-districts.json" with { type: "json" };
import regions from "@/prisma/seed-data/regions.json" with { type: "json" };
import type { BodyKey, ContactScope } from "../generated/prisma/enums";
import type { Db } from "../db.server";

const asDate = <T extends { verifiedAt: string }>(record: T) => ({ ...record, verifiedAt: new Date(record.verifiedAt) });

/**
 * Writes the directory from prisma/seed-data. Idempotent: every record is
 * upserted by its key, so a second run changes nothing.
 */
export async function seedDirectory(
  db: Db,
): Promise<{ regions: number; policeDistricts: number; municipalities: number; contacts: number }> {
  await db.$transaction([
    ...regions.map(asDate).map((data) => db.region.upsert({ where: { id: data.id }, create: data, update: data })),
    ...policeDistricts.map(asDate).map((data) => db.policeDistrict.upsert({ where: { id: data.id }, create: data, update: data })),
    ...municipalities.map(asDate).map((data) => db.municipality.upsert({ where: { code: data.code }, create: data, update: data })),
    ...contacts.map(asDate).map((record) => {
      const data = { ...record, body: record.body as BodyKey, scope: record.scope as ContactScope };
      return db.contact.upsert({ where: { id: data.id }, create: data, update: data });
    }),
  ]);
  return {
    regions: regions.length,
    policeDistricts: policeDistricts.length,
    municipalities: municipalities.length,
    contacts: contacts.length,
  };
}
