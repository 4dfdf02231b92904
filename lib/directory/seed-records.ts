import { z } from "zod";
import { SOURCE_DATE_PATTERN } from "../dates";
import { hostOf } from "../web-address";
import { AUDIENCES, CHANNEL_LINES, CONTACT_MODEL, MUNICIPALITY_PHONE_KINDS, SEED_FIELDS, type ContactModel } from "./contact-fields";
import { MUNICIPALITY_CODES } from "./municipality-codes";
import { isDanishPhone } from "./phone";
import { BODY_KEYS, type BodyKey } from "@/machines/vocabulary";

// The shape of the directory's seed files (prisma/seed-data). Every record says where its facts come from:
// `source` is the page that shows them, `sourceDate` the date that page shows (null when it shows none) and
// `verifiedAt` the day the page was read.

const webAddress = z.url({ protocol: /^https?$/, error: "Not a web address (http or https)." });
const sourceDate = z.string().regex(SOURCE_DATE_PATTERN, "Not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
const PHONE_PROBLEM = "Not a Danish phone number this body can have: eight digits not starting with 0 or 1, or its short number.";
/** A number of a municipality's or police district's own, which the directory gives under that body. */
const phoneOf = (body: BodyKey) => z.string().refine((phone) => isDanishPhone(phone, body), PHONE_PROBLEM);

const sourced = { source: webAddress, sourceDate: sourceDate.nullable(), verifiedAt: z.iso.date() };

/** A municipality with its website and main switchboard; a switchboard number only from the municipality's own pages. */
export const municipalityRecordSchema = z
  .strictObject({
    code: z.enum(MUNICIPALITY_CODES),
    name: z.string().min(1),
    regionId: z.string().min(1),
    policeDistrictId: z.string().min(1),
    website: webAddress,
    phone: phoneOf("MUNICIPALITY").nullable(),
    // Left out for the switchboard; "CITIZEN_SERVICE" where the page gives only Borgerservice's number.
    phoneKind: z.enum(MUNICIPALITY_PHONE_KINDS).optional(),
    ...sourced,
  })
  .refine(({ website, phone, source }) => phone === null || `.${hostOf(source)}`.endsWith(`.${hostOf(website)}`), {
    message: "A switchboard number must come from a page on the municipality's own website.",
    path: ["source"],
  });

export const policeDistrictRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  nameEnVerified: z.boolean(),
  headquarters: z.string().nullable(),
  phone: phoneOf("POLICE").nullable(),
  email: z.email().nullable(),
  website: webAddress,
  notes: z.string(),
  municipalitiesCount: z.int().positive(),
  ...sourced,
});

export const regionRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+$/),
  name: z.string().min(1),
  source: z.string().min(1),
  verifiedAt: z.iso.date(),
});

// The check of each kind of field a seed file's contact holds; a contact's number is checked with its body below.
const CHECKS = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  body: z.enum(BODY_KEYS),
  place: z.string(),
  municipality: z.enum(MUNICIPALITY_CODES),
  text: z.string().min(1),
  phone: z.string(),
  email: z.email(),
  web: webAddress,
  sourceDate,
  audience: z.enum(AUDIENCES),
  line: z.enum(CHANNEL_LINES),
  day: z.iso.date(),
} satisfies Record<ContactModel[(typeof SEED_FIELDS)[number]]["kind"], z.ZodType>;

type Presence<S extends z.ZodType, P> = P extends "optional" ? z.ZodOptional<S> : P extends "nullable" ? z.ZodNullable<S> : S;
type SeedShape = {
  [F in (typeof SEED_FIELDS)[number]]: Presence<(typeof CHECKS)[ContactModel[F]["kind"]], ContactModel[F]["seed"]>;
};

const seedShape = Object.fromEntries(
  SEED_FIELDS.map((name) => {
    const { kind, seed } = CONTACT_MODEL[name];
    const check: z.ZodType = CHECKS[kind];
    return [name, seed === "optional" ? check.optional() : seed === "nullable" ? check.nullable() : check];
  }),
) as SeedShape;

/**
 * One channel of one body: national, or belonging to one region, police district or municipality. It must
 * be reachable: a phone number, an e-mail address or a page.
 */
export const contactRecordSchema = z
  .strictObject(seedShape)
  .refine((record) => [record.regionId, record.policeDistrictId, record.municipalityCode].filter(Boolean).length <= 1, {
    message: "A contact belongs to at most one region, police district or municipality.",
  })
  .refine((record) => record.phone || record.email || record.url, {
    message: "A contact needs a phone number, an e-mail address or a page.",
  })
  .refine((record) => record.phone === undefined || isDanishPhone(record.phone, record.body), { message: PHONE_PROBLEM, path: ["phone"] });

export type ContactRecord = z.infer<typeof contactRecordSchema>;

/** The unit a contact belongs to, as the directory stores it. */
export function scopeOf(record: ContactRecord) {
  if (record.municipalityCode) return "MUNICIPALITY" as const;
  if (record.policeDistrictId) return "POLICE_DISTRICT" as const;
  if (record.regionId) return "REGION" as const;
  return "NATIONAL" as const;
}
