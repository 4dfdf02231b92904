import type { BodyKey } from "@/machines/vocabulary";

// The directory's one phone rule, for its seed files and for what an administrator types: a number is eight
// digits not starting with 0 or 1, or a short number of the body it is given for.

/** The short numbers a body may have: 112 is the emergency number, 114 the police's. */
const SHORT_NUMBERS: Partial<Record<BodyKey, readonly string[]>> = {
  EMERGENCY: ["112"],
  POLICE: ["114"],
  INFOHOUSE: ["114"],
  KSP: ["114"],
};

/** The digits of a Danish number without the country code, e.g. "(+45) 96.30-14 48" → "96301448". */
const nationalDigits = (phone: string) => phone.replace(/[\s.()-]/g, "").replace(/^(?:\+45|0045)/, "");

/**
 * A number as the directory writes it ("+45 96 30 14 48" and "96301448" both become "96 30 14 48"), or a
 * short number (three or four digits starting with 1) as its digits; undefined when it is neither.
 */
export function normalisePhone(phone: string): string | undefined {
  const digits = nationalDigits(phone);
  if (/^[2-9]\d{7}$/.test(digits)) return digits.replace(/(\d{2})(?=\d)/g, "$1 ");
  if (/^1\d{2,3}$/.test(digits)) return digits;
  return undefined;
}

/** Whether a body may be given a number normalisePhone wrote: any eight-digit number, and only its own short numbers. */
export const fitsBody = (normalised: string, body: BodyKey) =>
  normalised.length > 4 || (SHORT_NUMBERS[body]?.includes(normalised) ?? false);

/** Whether the body can be called on the number as typed. */
export function isDanishPhone(phone: string, body: BodyKey): boolean {
  const normalised = normalisePhone(phone);
  return normalised !== undefined && fitsBody(normalised, body);
}
