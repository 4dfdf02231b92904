import { z } from "zod";
import { SOURCE_DATE_PATTERN, todayInDenmark } from "../dates";
import { optionalText } from "../http/optional-text";
import { AUDIENCES, CHANNEL_LINES, CONTACT_MODEL, FORM_FIELDS, type ContactModel, type FormField } from "../directory/contact-fields";
import { fitsBody, normalisePhone } from "../directory/phone";
import { reviewDue } from "../directory/review";
import { isUnitKey, type UnitKey } from "../directory/units";
import { BODY_KEYS } from "@/machines/vocabulary";

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
  | "noChannel"
  | "audience"
  | "line";

const error = (key: ContactErrorKey) => ({ error: key });

const requiredText = (max: number) => z.string(error("required")).trim().min(1, error("required")).max(max, error("tooLong"));

/** A form field that must be filled in, trimmed. */
const filled = z.string(error("required")).trim().min(1, error("required"));

const isoDay = z.iso.date(error("date"));

const webAddress = (max: number) => z.url({ protocol: /^https?$/, ...error("url") }).max(max, error("tooLong"));

// The check of each kind of field, by whether the form may leave it empty. A field of a kind and presence that
// has no check here does not type-check (FormShape below).
const OPTIONAL = {
  text: optionalText,
  phone: (max: number) => optionalText(max).refine((phone) => phone === undefined || normalisePhone(phone) !== undefined, error("phone")),
  email: (max: number) => optionalText(max).pipe(z.email(error("email")).optional()),
  web: (max: number) => optionalText(max).pipe(webAddress(max).optional()),
  sourceDate: (max: number) => optionalText(max).pipe(z.string().regex(SOURCE_DATE_PATTERN, error("sourceDate")).optional()),
  day: (max: number) => optionalText(max).pipe(isoDay.optional()),
  audience: () => optionalText(20).pipe(z.enum(AUDIENCES, error("audience")).optional()),
} satisfies Record<KindOf<FieldsThatMayBeEmpty<true>>, (max: number) => z.ZodType>;
const REQUIRED = {
  body: () => z.enum(BODY_KEYS, error("body")),
  // Left empty (a file from before the column, a form without it), a function's channel.
  line: () => optionalText(20).pipe(z.enum(CHANNEL_LINES, error("line")).default("FUNCTION")),
  text: requiredText,
  web: (max: number) => filled.pipe(webAddress(max)),
  day: () => filled.pipe(isoDay),
} satisfies Record<KindOf<FieldsThatMayBeEmpty<false>>, (max: number) => z.ZodType>;
const unitCheck = z.string(error("unit")).refine(isUnitKey, error("unit"));

type Field = Exclude<FormField, "unit">;
type Admin<F extends Field> = ContactModel[F]["admin"];
type MayBeEmpty<F extends Field> = ContactModel[F]["nullable"] extends true ? true : Admin<F> extends { optional: true } ? true : false;
type FieldsThatMayBeEmpty<E extends boolean> = { [F in Field]: MayBeEmpty<F> extends E ? F : never }[Field];
type KindOf<F extends Field> = ContactModel[F]["kind"];
type Check<F extends Field> =
  MayBeEmpty<F> extends true
    ? ReturnType<(typeof OPTIONAL)[KindOf<F> & keyof typeof OPTIONAL]>
    : ReturnType<(typeof REQUIRED)[KindOf<F> & keyof typeof REQUIRED]>;
type FormShape = { [F in FormField]: F extends Field ? Check<F> : typeof unitCheck };

function checkOf(name: Field): z.ZodType {
  const { kind, nullable, admin } = CONTACT_MODEL[name] as { kind: string; nullable: boolean; admin: { max?: number; optional?: true } };
  const checks: Record<string, (max: number) => z.ZodType> = nullable || admin.optional ? OPTIONAL : REQUIRED;
  return checks[kind]!(admin.max ?? 0);
}

const contactShape = z.object(
  Object.fromEntries(FORM_FIELDS.map((name) => [name, name === "unit" ? unitCheck : checkOf(name)])) as FormShape,
);

/** A contact's fields, in the order the form shows them and the CSV file holds them. */
export const CONTACT_FIELDS = contactShape.keyof().options;

export const contactFieldsSchema = contactShape
  .superRefine((contact, context) => {
    if (!contact.phone && !contact.email && !contact.url) {
      context.addIssue({ code: "custom", message: "noChannel", path: ["phone"] });
    }
    const phone = contact.phone && normalisePhone(contact.phone);
    if (phone && !fitsBody(phone, contact.body)) {
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
      reviewDue(new Date(`${contact.verifiedAt}T00:00:00Z`), contact.line)
        .toISOString()
        .slice(0, 10),
  }));

/** A contact's fields as an administrator enters them, each as text. */
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;
/** A contact's fields checked and normalised. */
export type ContactFields = z.output<typeof contactFieldsSchema>;

/** A field's first problem, by field name, for the form. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, ContactErrorKey> {
  const errors: Record<string, ContactErrorKey> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message as ContactErrorKey;
  }
  return errors;
}
