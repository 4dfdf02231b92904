import { localePrefix } from "@/lib/i18n/locales";
import type { Locale } from "@/machines/locale";

// The pages that say an address leads nowhere. Each is prerendered at /ikke-fundet/<kind> (notFoundPath), and the
// production server sends it, with status 404, in place of Next.js's own answer (decision 0023).

export const NOT_FOUND_KINDS = ["side", "sag", "kode", "styring"] as const;

/** A page that does not exist, a training case, a training session's join code, a session's control link. */
export type NotFoundKind = (typeof NOT_FOUND_KINDS)[number];

export const isNotFoundKind = (value: string): value is NotFoundKind => (NOT_FOUND_KINDS as readonly string[]).includes(value);

/** Which not-found page answers a path after its locale prefix (e.g. "/traening/deltag/ZZZZZZ"). */
export function notFoundKindOf(rest: string): NotFoundKind {
  if (rest.startsWith("/traening/deltag/")) return "kode";
  if (rest.startsWith("/traening/styr/")) return "styring";
  if (rest.startsWith("/traening/")) return "sag";
  return "side";
}

/** The prerendered page that says an address leads nowhere. */
export const notFoundPath = (locale: Locale, kind: NotFoundKind) => `${localePrefix(locale)}/ikke-fundet/${kind}`;
