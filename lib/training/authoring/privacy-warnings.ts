// A case is shown to groups and shared between municipalities, so its details must be invented. These patterns
// warn a trainer about text that looks like a real person's data; they never block saving.

export const PRIVACY_WARNING_KINDS = ["cpr", "phone", "email", "address"] as const;
export type PrivacyWarningKind = (typeof PRIVACY_WARNING_KINDS)[number];

/** What looks like personal data in a text: its kind and the text that matched. */
export type PrivacyWarning = { kind: PrivacyWarningKind; excerpt: string };
/** A warning about one text of a case, e.g. field "learningPoints.2.en". */
export type CaseWarning = PrivacyWarning & { field: string };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isDayOfYear = (day: number, month: number) => day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);

// Base and definite forms; a street is one word with the suffix ("Vesterbrogade") or a name and the suffix as a
// word of its own ("Nørre Allé", "H.C. Andersens Boulevard").
const STREET_SUFFIXES = [
  "vej",
  "vejen",
  "gade",
  "gaden",
  "allé",
  "alle",
  "stræde",
  "strædet",
  "boulevard",
  "plads",
  "pladsen",
  "torv",
  "torvet",
  "vænge",
  "vænget",
  "park",
  "parken",
  "have",
  "haven",
  "sti",
  "stien",
  "bakke",
  "bakken",
  "høj",
  "højen",
  "toft",
  "toften",
  "vang",
  "vangen",
  "løkke",
  "løkken",
  "hegn",
];
const suffix = STREET_SUFFIXES.join("|");
const capitalisedSuffix = STREET_SUFFIXES.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("|");
const streetName = String.raw`(?<!\p{L})(?:\p{Lu}\p{L}*(?:${suffix})|(?:\p{Lu}[\p{L}.]* )*\p{Lu}\p{L}+ (?:${capitalisedSuffix}))`;
// "12", "12B", "12 B", "12, 2. tv", "12, st. th." – but not "Ishøj 3 år", where the number counts something.
const houseNumber = String.raw`\d{1,4}(?!\d)(?:[A-Za-z]|\s[A-Z])?(?!\p{L})(?:,\s*(?:st|kld|\d{1,2})\.(?:\s*(?:tv|th|mf|sal)\b\.?)?)?`;
const counted = String.raw`\s*-?(?:år|årig|gange|dage|døgn|uger|måneder|timer|minutter|procent|%|kr\b)`;

const PATTERNS: { kind: PrivacyWarningKind; pattern: RegExp; accept?: (match: RegExpMatchArray) => boolean }[] = [
  {
    kind: "cpr",
    pattern: /(?<!\d)(\d{2})(\d{2})\d{2}[ -]?\d{4}(?!\d)/g,
    accept: ([, day, month]) => isDayOfYear(Number(day), Number(month)),
  },
  { kind: "email", pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  // Eight digits, the first 2–9 as in every Danish number, as one block, in pairs or in fours.
  { kind: "phone", pattern: /(?<![\d+])(?:\(?(?:\+|00)45\)? ?)?(?:[2-9]\d(?: ?\d{2}){3}|[2-9]\d{3} \d{4})(?!\d)/g },
  { kind: "address", pattern: new RegExp(String.raw`${streetName} (?:nr\. ?)?${houseNumber}(?!${counted})`, "gu") },
];

/** What in a text looks like real personal data, in the order it appears. */
export function privacyWarnings(text: string): PrivacyWarning[] {
  const found: (PrivacyWarning & { start: number; end: number })[] = [];
  for (const { kind, pattern, accept } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // A number inside an e-mail address is warned about once, as the address.
      const overlaps = found.some((earlier) => start < earlier.end && earlier.start < end);
      if (!overlaps && (accept?.(match) ?? true)) found.push({ kind, excerpt: match[0], start, end });
    }
  }
  return found.toSorted((a, b) => a.start - b.start).map(({ kind, excerpt }) => ({ kind, excerpt }));
}
