import "server-only";
import type { Db } from "../db.server";
import type { BodyKey } from "@/machines/vocabulary";

const placeSelect = {
  code: true,
  name: true,
  regionId: true,
  website: true,
  phone: true,
  source: true,
  sourceDate: true,
  verifiedAt: true,
  policeDistrict: {
    select: {
      id: true,
      name: true,
      nameEn: true,
      phone: true,
      email: true,
      website: true,
      source: true,
      sourceDate: true,
      verifiedAt: true,
    },
  },
} as const;

export type Place = NonNullable<Awaited<ReturnType<typeof findPlace>>>;

/** A municipality with its police district, or null for an unknown code. */
export function findPlace({ db, municipalityCode }: { db: Db; municipalityCode: string }) {
  return db.municipality.findUnique({ where: { code: municipalityCode }, select: placeSelect });
}

export type DirectoryContact = Awaited<ReturnType<typeof findContacts>>[number];

/** The verified contacts of these bodies: national ones, and those of the place's region, police district and municipality. */
export function findContacts({ db, bodies, place }: { db: Db; bodies: BodyKey[]; place: Place | null }) {
  return db.contact.findMany({
    where: {
      body: { in: bodies },
      OR: [
        { scope: "NATIONAL" },
        ...(place
          ? [
              { scope: "REGION" as const, regionId: place.regionId },
              { scope: "POLICE_DISTRICT" as const, policeDistrictId: place.policeDistrict.id },
              { scope: "MUNICIPALITY" as const, municipalityCode: place.code },
            ]
          : []),
      ],
    },
    orderBy: { id: "asc" },
    select: {
      body: true,
      scope: true,
      nameDa: true,
      nameEn: true,
      phone: true,
      email: true,
      url: true,
      hoursDa: true,
      hoursEn: true,
      source: true,
      sourceDate: true,
      verifiedAt: true,
    },
  });
}
