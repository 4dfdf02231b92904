// Kept apart from the snapshot's schema: the browser uses these without loading zod's parsers.
import type { Directory, PlacedContact, Place } from "./directory-snapshot";
import { resolveFromDirectory, type Lookup } from "./resolve-contacts";
import type { Locale } from "@/machines/locale";
import type { BodyKey } from "@/machines/vocabulary";

/** Whether a contact serves the place: a national one, or its region's, police district's or municipality's. */
export function servesPlace(contact: PlacedContact, place: Place | null): boolean {
  if (contact.scope === "NATIONAL") return true;
  if (!place) return false;
  if (contact.scope === "REGION") return contact.regionId === place.regionId;
  if (contact.scope === "POLICE_DISTRICT") return contact.policeDistrictId === place.policeDistrict.id;
  return contact.municipalityCode === place.code;
}

/** What the directory holds for a municipality, as the contacts of a route are resolved from it. */
export function lookupInSnapshot(snapshot: Directory, municipalityCode: string | undefined, locale: Locale): Lookup {
  const place = snapshot.places.find((candidate) => candidate.code === municipalityCode) ?? null;
  const verified = snapshot.contacts.filter((contact) => servesPlace(contact, place));
  return { place, verified, locale };
}

/** How a route's bodies are reached, from the browser's copy of the directory: as the server resolves them from the database. */
export const resolveFromSnapshot = (snapshot: Directory, bodies: BodyKey[], municipalityCode: string | undefined, locale: Locale) =>
  resolveFromDirectory(lookupInSnapshot(snapshot, municipalityCode, locale), bodies, municipalityCode);
