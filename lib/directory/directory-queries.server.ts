import "server-only";
import type { Db } from "../db.server";
import type { DirectoryContact, DirectorySnapshot, PlacedContact, Place } from "./directory-snapshot";
import type { BodyKey } from "@/machines/vocabulary";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A record as the directory's pages use it: the day its source was read as YYYY-MM-DD. */
const withReadDay = <R extends { verifiedAt: Date }>(record: R): Omit<R, "verifiedAt"> & { verifiedAt: string } => ({
  ...record,
  verifiedAt: isoDate(record.verifiedAt),
});

const placeOf = (record: PlaceRow): Place => ({ ...withReadDay(record), policeDistrict: withReadDay(record.policeDistrict) });

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

type PlaceRow = NonNullable<Awaited<ReturnType<typeof findPlaceRow>>>;

const findPlaceRow = ({ db, municipalityCode }: { db: Db; municipalityCode: string }) =>
  db.municipality.findUnique({ where: { code: municipalityCode }, select: placeSelect });

/** A municipality with its police district, or null for an unknown code. */
export async function findPlace({ db, municipalityCode }: { db: Db; municipalityCode: string }): Promise<Place | null> {
  const row = await findPlaceRow({ db, municipalityCode });
  return row ? placeOf(row) : null;
}

const contactSelect = {
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
} as const;

/** The verified contacts of these bodies: national ones, and those of the place's region, police district and municipality. */
export async function findContacts({ db, bodies, place }: { db: Db; bodies: BodyKey[]; place: Place | null }): Promise<DirectoryContact[]> {
  const rows = await db.contact.findMany({
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
    select: contactSelect,
  });
  return rows.map(withReadDay);
}

/** The whole directory, for the browser to keep a copy of; `today` is the day the copy is made. */
export async function loadDirectorySnapshot({ db, today }: { db: Db; today: string }): Promise<DirectorySnapshot> {
  const [places, contacts] = await Promise.all([
    db.municipality.findMany({ select: placeSelect, orderBy: { code: "asc" } }),
    db.contact.findMany({
      select: { ...contactSelect, regionId: true, policeDistrictId: true, municipalityCode: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { asOf: today, places: places.map(placeOf), contacts: contacts.map((contact): PlacedContact => withReadDay(contact)) };
}
