import "server-only";
import type { Db } from "../db.server";
import { MUNICIPALITY_NAMES } from "../directory/municipality-names";
import { municipalityTitle } from "../directory/municipality-title";
import { administeredContact } from "./contact-writes.server";
import type { DirectoryContact } from "./directory-csv";
import type { UnitKey } from "../directory/units";

/** Every contact, retired ones too, as the CSV file and the import compare them. */
export async function allContacts(db: Db): Promise<DirectoryContact[]> {
  return (await db.contact.findMany({ orderBy: { id: "asc" } })).map(administeredContact);
}

/** A unit's name in Danish: "Københavns Kommune", "Københavns Politi", "Region Hovedstaden", "Danmark". */
export async function unitNamer(db: Db): Promise<(unit: UnitKey) => string> {
  const [districts, regions] = await Promise.all([
    db.policeDistrict.findMany({ select: { id: true, name: true } }),
    db.region.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map<string, string>([
    ["national", "Danmark"],
    ...MUNICIPALITY_NAMES.map(([code, name]): [string, string] => [`municipality:${code}`, municipalityTitle(code, name, "da")]),
    ...districts.map((district): [string, string] => [`district:${district.id}`, district.name]),
    ...regions.map((region): [string, string] => [`region:${region.id}`, region.name]),
  ]);
  return (unit) => names.get(unit) ?? unit;
}
