import type { Contact } from "./contact";
import { targetKey } from "./report-target";
import type { Locale, Localised } from "@/machines/locale";

// 112, 114 and the hotline must reach a worker even when the database is down,
// so they live in code with their sources rather than in the directory.
const VERIFIED_AT = "2026-11-28";

type FixedContact = Omit<Contact, "name" | "hours" | "target"> & { name: Localised; hours?: Localised };

const FIXED = {
  emergency: {
    body: "EMERGENCY",
    name: { da: "Alarmcentralen – 112", en: "Emergency services – 112" },
    phone: "112",
    hours: { da: "Døgnet rundt", en: "Around the clock" },
    source: "https://ssp.silkeborg.dk/bekymring-for-radikalisering-og-ekstremisme",
    verifiedAt: VERIFIED_AT,
    fallback: false,
  },
  police: {
    body: "POLICE",
    name: { da: "Politiet – 114", en: "The police – 114" },
    phone: "114",
    url: "https://politi.dk",
    source: "https://stopekstremisme.dk/er-du-bekymret-1/her-kan-du-henvende-dig",
    verifiedAt: VERIFIED_AT,
    fallback: false,
  },
  hotline: {
    body: "HOTLINE",
    name: { da: "Hotline mod radikalisering", en: "Anti-Radicalisation Hotline" },
    phone: "41 74 90 90",
    url: "https://antiradikalisering.dk",
    hours: { da: "Alle dage kl. 8–22. Du kan være anonym.", en: "Every day 08:00–22:00. You can stay anonymous." },
    source: "https://stopekstremisme.dk/en/are-you-worried; https://www.kk.dk/ekstremisme",
    verifiedAt: VERIFIED_AT,
    fallback: false,
  },
} as const satisfies Record<string, FixedContact>;

export type FixedContactKey = keyof typeof FIXED;

export function fixedContact(key: FixedContactKey, locale: Locale, override: Partial<Contact> = {}): Contact {
  const fixed: FixedContact = FIXED[key];
  const { name, hours, ...rest } = fixed;
  return {
    ...rest,
    target: targetKey({ kind: "fixed", key }),
    ...(hours ? { hours: hours[locale] } : {}),
    name: name[locale],
    ...override,
  };
}
