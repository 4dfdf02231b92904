import "server-only";
import type { Db } from "../db.server";
import { administeredContact } from "./contact-writes.server";
import { directoryHealth, type HealthRow } from "./directory-health";
import type { UnitKey } from "../directory/units";
import type { Locale, Localised } from "@/machines/locale";

// In either language the lists follow the units' Danish names in Danish alphabetical order (Æ, Ø, Å last).
const danishOrder = new Intl.Collator("da");
const byName = (a: { name: string }, b: { name: string }) => danishOrder.compare(a.name, b.name);

export type DirectoryHealthReport = { rows: HealthRow[]; unitNames: ReadonlyMap<UnitKey, string> };

/** The directory's health on `today` (YYYY-MM-DD), with each unit's name in the locale's language for the page's lists. */
export async function loadDirectoryHealth(db: Db, today: string, locale: Locale): Promise<DirectoryHealthReport> {
  const [contacts, pending, municipalities, districts, regions] = await Promise.all([
    db.contact.findMany({ where: { retiredAt: null } }),
    db.directoryChange.findMany({ where: { status: "PENDING" }, select: { contactIds: true } }),
    db.municipality.findMany({ select: { code: true, name: true } }).then((rows) => rows.sort(byName)),
    db.policeDistrict.findMany({ select: { id: true, name: true, nameEn: true } }).then((rows) => rows.sort(byName)),
    db.region.findMany({ select: { id: true, name: true } }).then((rows) => rows.sort(byName)),
  ]);
  const rows = directoryHealth({
    contacts: contacts.map(administeredContact),
    pendingContactIds: new Set(pending.flatMap((change) => change.contactIds)),
    units: {
      municipalityCodes: municipalities.map((municipality) => municipality.code),
      policeDistrictIds: districts.map((district) => district.id),
      regionIds: regions.map((region) => region.id),
    },
    today,
  });
  const unitNames = new Map<UnitKey, string>([
    ...municipalities.map(({ code, name }) => [`municipality:${code}`, name] as const),
    ...districts.map(({ id, name, nameEn }) => [`district:${id}`, ({ da: name, en: nameEn } satisfies Localised)[locale]] as const),
    ...regions.map(({ id, name }) => [`region:${id}`, name] as const),
  ]);
  return { rows, unitNames };
}
