import { hostOf } from "../web-address";
import type { Locale } from "@/machines/locale";

/**
 * An organisation's name in the genitive. Danish: a name ending in s, x or z takes only an apostrophe
 * ("Kriminalforsorgens", but "Aarhus'"), an abbreviation takes 's ("PET's"), every other name an s
 * ("Aarhus Kommunes", "Østjyllands Politis"). English: 's, or an apostrophe after s ("Aarhus Municipality's").
 */
export function genitive(name: string, locale: Locale): string {
  if (/[sxz]$/i.test(name)) return `${name}'`;
  if (locale === "en" || /\b[A-ZÆØÅ]{2,}$/.test(name)) return `${name}'s`;
  return `${name}s`;
}

const LINK_TEXT: Record<Locale, (owner: string) => string> = {
  da: (owner) => `Gå til ${owner} side`,
  en: (owner) => `Go to ${owner} page`,
};

// "PET – Politiets Efterretningstjeneste" → "PET"; "Center for … (Udlændingestyrelsen)" → "Center for …".
const organisationOf = (name: string) => (name.split(" – ")[0] ?? name).replace(/\s*\(.*\)$/, "").replace(/:.*$/, "");

/** A link to an organisation's page, read as "Gå til Aarhus Kommunes side", with the host to show small beside it. */
export function pageLink(url: string, ownerName: string, locale: Locale): { href: string; text: string; host: string } {
  return { href: url, text: LINK_TEXT[locale](genitive(organisationOf(ownerName), locale)), host: hostOf(url) };
}
