import type { Locale, Localised } from "@/machines/locale";

// Most municipalities are called "<name> Kommune". These two are not: København takes the genitive, and
// Bornholm is a regional municipality, "Bornholms Regionskommune" (docs/sources.md, "Names"). Names ending in s,
// such as Aarhus or Nordfyns, take no extra s.
const OWN_TITLES: Record<string, Localised> = {
  "101": { da: "Københavns Kommune", en: "City of Copenhagen" },
  "400": { da: "Bornholms Regionskommune", en: "Bornholm Regional Municipality" },
};

const TITLE: Record<Locale, (name: string) => string> = { da: (name) => `${name} Kommune`, en: (name) => `${name} Municipality` };

/** The municipality as its name is written in a sentence, e.g. "Aarhus Kommune" or "Københavns Kommune". */
export const municipalityTitle = (code: string, name: string, locale: Locale): string => OWN_TITLES[code]?.[locale] ?? TITLE[locale](name);
