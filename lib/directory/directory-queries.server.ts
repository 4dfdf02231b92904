import "server-only";
import type { Db } from "../db.server";
import { SNAPSHOT_FIELDS, UNIT_IDS } from "./contact-fields";
import type { Directory, PlacedContact, Place } from "./directory-snapshot";

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
  phoneKind: true,
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

type PlaceRow = Awaited<ReturnType<typeof findPlaceRows>>[number];

const findPlaceRows = (db: Db) => db.municipality.findMany({ select: placeSelect, orderBy: { code: "asc" } });

type ContactSelect = { [F in (typeof UNIT_IDS)[number] | (typeof SNAPSHOT_FIELDS)[number]]: true };
/** The copy's fields: the unit's ids first, as the copy has always sent them. */
const contactSelect = Object.fromEntries([...UNIT_IDS, ...SNAPSHOT_FIELDS].map((name) => [name, true])) as ContactSelect;

/** The whole directory: every municipality with its police district, and every verified contact. */
export async function loadDirectory(db: Db): Promise<Directory> {
  const [places, contacts] = await Promise.all([
    findPlaceRows(db),
    db.contact.findMany({
      select: contactSelect,
      where: { retiredAt: null },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    places: places.map(placeOf),
    contacts: contacts.map((contact): PlacedContact => ({ ...withReadDay(contact), nextReviewAt: isoDate(contact.nextReviewAt) })),
  };
}
