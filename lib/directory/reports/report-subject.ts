import { fixedContact } from "../always-available";
import type { Directory } from "../directory-snapshot";
import { municipalityTitle } from "../municipality-title";
import { parseTarget } from "../report-target";
import type { Locale } from "@/machines/locale";

/** The contact a report is about, as the worker saw it: its name and its channel. */
export type ReportSubject = { name: string; channel?: string };

/** The contact a target names in the directory, or undefined when the directory holds none. */
export function reportSubject(directory: Directory, key: string, locale: Locale): ReportSubject | undefined {
  const target = parseTarget(key);
  switch (target?.kind) {
    case undefined:
      return undefined;
    case "contact": {
      const contact = directory.contacts.find((candidate) => candidate.id === target.id);
      if (!contact) return undefined;
      return {
        name: locale === "da" ? contact.nameDa : contact.nameEn,
        channel: contact.phone ?? contact.email ?? contact.url ?? undefined,
      };
    }
    case "municipality": {
      const place = directory.places.find((candidate) => candidate.code === target.code);
      return place && { name: municipalityTitle(place.code, place.name, locale), channel: place.phone ?? place.website };
    }
    case "district": {
      const district = directory.places.map((place) => place.policeDistrict).find((candidate) => candidate.id === target.id);
      return (
        district && {
          name: locale === "da" ? district.name : district.nameEn,
          channel: district.phone ?? district.email ?? district.website,
        }
      );
    }
    case "fixed": {
      const contact = fixedContact(target.key, locale);
      return { name: contact.name, ...(contact.phone ? { channel: contact.phone } : {}) };
    }
  }
}
