// How a route's bodies are reached, from what the directory holds for a place. Pure, so that the server
// (from the database) and the browser offline (from its saved copy of the directory) resolve alike.
import { fixedContact } from "./always-available";
import type { Contact } from "./contact";
import type { DirectoryContact, Place } from "./directory-snapshot";
import { GAP_TEXTS } from "./gaps";
import { municipalityTitle } from "./municipality-title";
import { MUNICIPALITY_NAMES } from "./municipality-names";
import type { AUDIENCES } from "./contact-fields";
import { targetKey } from "./report-target";
import type { Locale, Localised } from "@/machines/locale";
import type { BodyKey } from "@/machines/vocabulary";

/** Where the person lives, as the page names it; the police district needs the directory. */
export type Area = { municipality: string; policeDistrict?: string };

export type ResolvedContacts = { contacts: Contact[]; directory: "ok" | "unavailable"; area?: Area };

/** What the directory holds for one place: the municipality with its police district, and the verified contacts. */
export type Lookup = { place: Place | null; verified: DirectoryContact[]; locale: Locale };

/** Where a record's facts come from, as a contact carries it. */
const sourceOf = (record: Pick<Place, "source" | "sourceDate" | "verifiedAt">) => ({
  source: record.source,
  ...(record.sourceDate ? { sourceDate: record.sourceDate } : {}),
  verifiedAt: record.verifiedAt,
});

// The unit's own contact comes before its police district's, its region's and the national one.
const SPECIFICITY: Record<DirectoryContact["scope"], number> = { MUNICIPALITY: 0, POLICE_DISTRICT: 1, REGION: 2, NATIONAL: 3 };

// The directory keeps each text in one column per language; a new locale has to name its column in each table.
const CONTACT_NAME = { da: "nameDa", en: "nameEn" } as const satisfies Record<Locale, keyof DirectoryContact>;
const CONTACT_HOURS = { da: "hoursDa", en: "hoursEn" } as const satisfies Record<Locale, keyof DirectoryContact>;
const CONTACT_ASK_FOR = { da: "askForDa", en: "askForEn" } as const satisfies Record<Locale, keyof DirectoryContact>;
const DISTRICT_NAME = { da: "name", en: "nameEn" } as const satisfies Record<Locale, keyof Place["policeDistrict"]>;

/** The record's text in the locale's language, read from the column the table names for it. */
const inLanguage = <R, K extends keyof R>(record: R, columns: Record<Locale, K>, locale: Locale): R[K] => record[columns[locale]];

/**
 * Whom the contact serves. A copy of the directory that a browser saved before contacts said so (the field is
 * missing, not empty) held only one kind of municipal contact of its own: the units for notifications about children.
 */
const audienceOf = (record: DirectoryContact) =>
  record.audience === undefined && record.body === "MUNICIPALITY" && record.scope === "MUNICIPALITY" ? "CHILDREN" : record.audience;

function fromDirectory(record: DirectoryContact, locale: Locale): Contact {
  const audience = audienceOf(record);
  const hours = inLanguage(record, CONTACT_HOURS, locale);
  const askFor = inLanguage(record, CONTACT_ASK_FOR, locale);
  return {
    target: targetKey({ kind: "contact", id: record.id }),
    ...(audience ? { audience: AUDIENCE[audience] } : {}),
    body: record.body,
    name: inLanguage(record, CONTACT_NAME, locale),
    ...(record.phone ? { phone: record.phone } : {}),
    ...(record.email ? { email: record.email } : {}),
    ...(record.url ? { url: record.url } : {}),
    ...(hours ? { hours } : {}),
    ...(askFor ? { askFor } : {}),
    ...sourceOf(record),
    nextReviewAt: record.nextReviewAt,
    fallback: false,
  };
}

const AUDIENCE = { CHILDREN: "children", ADULTS: "adults" } as const satisfies Record<(typeof AUDIENCES)[number], Contact["audience"]>;

// Where a municipality's page gives only Borgerservice's number, the page says so beside the municipality's name.
const CITIZEN_SERVICE: Localised = { da: "Borgerservice", en: "Citizen Service" };

function districtChannel(body: BodyKey, { place, locale }: Lookup, gap: string): Contact {
  if (!place) return fixedContact("police", locale, { body, fallback: true, gap: GAP_TEXTS.NO_MUNICIPALITY[locale] });
  const district = place.policeDistrict;
  return {
    target: targetKey({ kind: "district", id: district.id }),
    body,
    name: inLanguage(district, DISTRICT_NAME, locale),
    phone: "114",
    ...(district.email ? { email: district.email } : {}),
    url: district.website,
    ...sourceOf(district),
    fallback: true,
    gap,
  };
}

function municipalityChannel(body: BodyKey, { place, locale }: Lookup, gap: string): Contact {
  if (!place) return fixedContact("hotline", locale, { body, fallback: true, gap: GAP_TEXTS.NO_MUNICIPALITY[locale] });
  return {
    target: targetKey({ kind: "municipality", code: place.code }),
    body,
    name:
      place.phoneKind === "CITIZEN_SERVICE"
        ? `${municipalityTitle(place.code, place.name, locale)} – ${CITIZEN_SERVICE[locale]}`
        : municipalityTitle(place.code, place.name, locale),
    ...(place.phone ? { phone: place.phone } : {}),
    url: place.website,
    ...sourceOf(place),
    fallback: true,
    channel: place.phoneKind === "CITIZEN_SERVICE" ? "citizenService" : "switchboard",
    gap,
  };
}

function policeContacts(lookup: Lookup): Contact[] {
  const national = fixedContact("police", lookup.locale);
  const district = lookup.place?.policeDistrict;
  if (!district) return [national];
  const own: Contact = {
    target: targetKey({ kind: "district", id: district.id }),
    body: "POLICE",
    name: inLanguage(district, DISTRICT_NAME, lookup.locale),
    ...(district.phone ? { phone: district.phone } : {}),
    ...(district.email ? { email: district.email } : {}),
    url: district.website,
    ...sourceOf(district),
    fallback: false,
  };
  return [national, own];
}

/** How each body is reached when the directory has no verified contact of its own. */
const NEAREST_CHANNEL: Record<BodyKey, (lookup: Lookup) => Contact[]> = {
  EMERGENCY: ({ locale }) => [fixedContact("emergency", locale)],
  HOTLINE: ({ locale }) => [fixedContact("hotline", locale)],
  POLICE: policeContacts,
  NFC_EXIT: ({ locale }) => [fixedContact("police", locale, { body: "NFC_EXIT", fallback: true, gap: GAP_TEXTS.NFC_EXIT[locale] })],
  INFOHOUSE: (lookup) => [districtChannel("INFOHOUSE", lookup, GAP_TEXTS.INFOHOUSE[lookup.locale])],
  PSP: (lookup) => [districtChannel("PSP", lookup, GAP_TEXTS.PSP[lookup.locale])],
  KSP: (lookup) => [districtChannel("KSP", lookup, GAP_TEXTS.KSP[lookup.locale])],
  SSP: (lookup) => [municipalityChannel("SSP", lookup, GAP_TEXTS.SSP[lookup.locale])],
  MUNICIPALITY: (lookup) => [municipalityChannel("MUNICIPALITY", lookup, GAP_TEXTS.MUNICIPALITY[lookup.locale])],
  STUK: ({ verified, locale }) =>
    verified
      .filter((record) => record.body === "CDE")
      .map((record) => ({ ...fromDirectory(record, locale), body: "STUK" as const, fallback: true, gap: GAP_TEXTS.STUK[locale] })),
  KRIMINALFORSORGEN: () => [],
  VISO: () => [],
  CDE: () => [],
  PET: () => [],
};

const NEEDS_NO_DIRECTORY = new Set<BodyKey>(["EMERGENCY", "HOTLINE", "POLICE", "NFC_EXIT"]);

const withoutGap = ({ gap: _gap, ...contact }: Contact): Contact => contact;

function contactsFor(body: BodyKey, lookup: Lookup): Contact[] {
  const own = lookup.verified
    .filter((record) => record.body === body)
    .sort((a, b) => SPECIFICITY[a.scope] - SPECIFICITY[b.scope])
    .map((record) => fromDirectory(record, lookup.locale));
  if (own.length === 0) return NEAREST_CHANNEL[body](lookup);
  // The switchboard is the municipality's general contact, for an adult and for an age not known.
  if (body === "MUNICIPALITY") return [...own, ...NEAREST_CHANNEL.MUNICIPALITY(lookup)];
  // A body with no phone number of its own (only an e-mail address or a page) also gets the nearest channel
  // that can be phoned; it has a contact of its own, so no gap.
  const phoneable = own.some((contact) => contact.phone);
  return phoneable ? own : [...own, ...NEAREST_CHANNEL[body](lookup).map(withoutGap)];
}

/** The municipality by name, known without the database; its police district when the directory gives it. */
function areaOf(municipalityCode: string | undefined, place: Place | null, locale: Locale): Area | undefined {
  const name = MUNICIPALITY_NAMES.find(([code]) => code === municipalityCode)?.[1];
  if (municipalityCode === undefined || name === undefined) return undefined;
  const municipality = municipalityTitle(municipalityCode, name, locale);
  return place ? { municipality, policeDistrict: inLanguage(place.policeDistrict, DISTRICT_NAME, locale) } : { municipality };
}

/** The contacts of each body, in the order given, from what the directory holds for the place. */
export function resolveFromDirectory(lookup: Lookup, bodies: BodyKey[], municipalityCode?: string): ResolvedContacts {
  const contacts = [...new Set(bodies)].flatMap((body) => contactsFor(body, lookup));
  const area = areaOf(municipalityCode, lookup.place, lookup.locale);
  return { contacts, directory: "ok", ...(area ? { area } : {}) };
}

/** Without the directory: 112, 114 and the hotline, which never depend on it, and the municipality's name. */
export function resolveWithoutDirectory(bodies: BodyKey[], municipalityCode: string | undefined, locale: Locale): ResolvedContacts {
  const lookup = { place: null, verified: [], locale };
  const contacts = [...new Set(bodies)].filter((body) => NEEDS_NO_DIRECTORY.has(body)).flatMap((body) => NEAREST_CHANNEL[body](lookup));
  const area = areaOf(municipalityCode, null, locale);
  return { contacts, directory: "unavailable", ...(area ? { area } : {}) };
}
