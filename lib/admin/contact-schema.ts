import { z } from "zod";
import { SOURCE_DATE_PATTERN, todayInDenmark } from "../dates";
import { formatDanishPhone } from "../directory/phone";
import { reviewDue } from "../directory/review";
import { isUnitKey, type UnitKey } from "./units";
import { BODY_KEYS, type BodyKey } from "@/machines/vocabulary";

// One schema for a contact, used by the admin form, its server handler and the CSV import. Each message is a
// key of messages/*.json under admin.errors, so that the form and the import report say it in the page's language.

export type ContactErrorKey =
  | "required"
  | "tooLong"
  | "body"
  | "unit"
  | "phone"
  | "shortNumber"
  | "email"
  | "url"
  | "sourceDate"
  | "date"
  | "future"
  | "reviewBeforeVerified"
  | "noChannel";

const error = (key: ContactErrorKey) => ({ error: key });

/** A form field: trimmed, and absent when left empty. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, error("tooLong"))
    .transform((value) => value || undefined)
    .optional();

const requiredText = (max: number) => z.string(error("required")).trim().min(1, error("required")).max(max, error("tooLong"));

/** The short numbers a body may have: 112 is the emergency number, 114 the police's. */
const SHORT_NUMBERS: Partial<Record<BodyKey, string[]>> = { EMERGENCY: ["112"], POLICE: ["114"], INFOHOUSE: ["114"], KSP: ["114"] };

const nationalDigits = (phone: string) => phone.replace(/[\s.()-]/g, "").replace(/^(?:\+45|0045)/, "");

/**
 * A Danish number as the directory writes it ("+45 40 20 71 98" and "40207198" both become "40 20 71 98"), or
 * the short number itself; undefined when it is neither.
 */
export function normalisePhone(phone: string): string | undefined {
  const digits = nationalDigits(phone.trim());
  if (/^[2-9]\d{7}$/.test(digits)) return formatDanishPhone(digits);
  if (/^1\d{2,3}$/.test(digits)) return digits;
  return undefined;
}

const isoDay = z.iso.date(error("date"));

const optionalPhone = optionalText(40).refine((phone) => phone === undefined || normalisePhone(phone) !== undefined, error("phone"));

const webAddress = z.url({ protocol: /^https?$/, ...error("url") }).max(500, error("tooLong"));

const contactShape = z.object({
  body: z.enum(BODY_KEYS, error("body")),
  unit: z.string(error("unit")).refine(isUnitKey, error("unit")),
  nameDa: requiredText(200),
  nameEn: requiredText(200),
  phone: optionalPhone,
  email: optionalText(200).pipe(z.email(error("email")).optional()),
  url: optionalText(500).pipe(webAddress.optional()),
  hoursDa: optionalText(200),
  hoursEn: optionalText(200),
  notes: optionalText(1000),
  source: z.string(error("required")).trim().min(1, error("required")).pipe(webAddress),
  sourceDate: optionalText(10).pipe(z.string().regex(SOURCE_DATE_PATTERN, error("sourceDate")).optional()),
  verifiedAt: z.string(error("required")).trim().min(1, error("required")).pipe(isoDay),
  verifiedBy: requiredText(120),
  nextReviewAt: optionalText(10).pipe(isoDay.optional()),
});

/** A contact's fields, in the order the form shows them and the CSV file holds them. */
export const CONTACT_FIELDS = contactShape.keyof().options;

export const contactFieldsSchema = contactShape
  .superRefine((contact, context) => {
    if (!contact.phone && !contact.email && !contact.url) {
      context.addIssue({ code: "custom", message: "noChannel", path: ["phone"] });
    }
    const phone = contact.phone && normalisePhone(contact.phone);
    if (phone && phone.length < 8 && !SHORT_NUMBERS[contact.body]?.includes(phone)) {
      context.addIssue({ code: "custom", message: "shortNumber", path: ["phone"] });
    }
    if (contact.verifiedAt > todayInDenmark()) context.addIssue({ code: "custom", message: "future", path: ["verifiedAt"] });
    if (contact.nextReviewAt && contact.nextReviewAt <= contact.verifiedAt) {
      context.addIssue({ code: "custom", message: "reviewBeforeVerified", path: ["nextReviewAt"] });
    }
  })
  .transform(({ phone, nextReviewAt, unit, ...contact }) => ({
    ...contact,
    unit: unit as UnitKey,
    phone: phone && normalisePhone(phone),
    nextReviewAt:
      nextReviewAt ??
      reviewDue(new Date(`${contact.verifiedAt}T00:00:00Z`))
        .toISOString()
        .slice(0, 10),
  }));

/** A contact's fields as an administrator enters them, each as text. */
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;
/** A contact's fields checked and normalised. */
export type ContactFields = z.output<typeof contactFieldsSchema>;

/**
 * The fields no worker sees and no warning depends on: they go live at once. Every other field (names, hours,
 * channels, the source and its dates) waits for a second administrator, and so does a field added later.
 */
export const INSTANT_FIELDS = ["notes"] as const satisfies readonly (keyof ContactFields)[];

/** A field's first problem, by field name, for the form. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, ContactErrorKey> {
  const errors: Record<string, ContactErrorKey> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message as ContactErrorKey;
  }
  return errors;
}
