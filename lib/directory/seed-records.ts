import { z } from "zod";
import { SOURCE_DATE_PATTERN } from "../dates";
import { hostOf } from "../web-address";
import { MUNICIPALITY_CODES } from "./municipality-codes";
import { isDanishPhone } from "./phone";
import { BODY_KEYS } from "@/machines/vocabulary";

// The shape of the directory's seed files (prisma/seed-data). Every record says where its facts come from:
// `source` is the page that shows them, `sourceDate` the date that page shows (null when it shows none) and
// `verifiedAt` the day the page was read.

const webAddress = z.url({ protocol: /^https?$/, error: "Not a web address (http or https)." });
const phone = z.string().refine(isDanishPhone, "Not a Danish phone number: eight digits, or 112 or 114.");

const sourced = {
  source: webAddress,
  sourceDate: z.string().regex(SOURCE_DATE_PATTERN, "Not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.").nullable(),
  verifiedAt: z.iso.date(),
};

/** A municipality with its website and main switchboard; a switchboard number only from the municipality's own pages. */
export const municipalityRecordSchema = z
  .strictObject({
    code: z.enum(MUNICIPALITY_CODES),
    name: z.string().min(1),
    regionId: z.string().min(1),
    policeDistrictId: z.string().min(1),
    website: webAddress,
    phone: phone.nullable(),
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
  phone: phone.nullable(),
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

/**
 * One channel of one body: national, or belonging to one region, police district or municipality. It must
 * be reachable: a phone number, an e-mail address or a page.
 */
export const contactRecordSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    body: z.enum(BODY_KEYS),
    regionId: z.string().optional(),
    policeDistrictId: z.string().optional(),
    municipalityCode: z.enum(MUNICIPALITY_CODES).optional(),
    nameDa: z.string().min(1),
    nameEn: z.string().min(1),
    phone: phone.optional(),
    email: z.email().optional(),
    url: webAddress.optional(),
    hoursDa: z.string().optional(),
    hoursEn: z.string().optional(),
    ...sourced,
  })
  .refine((record) => [record.regionId, record.policeDistrictId, record.municipalityCode].filter(Boolean).length <= 1, {
    message: "A contact belongs to at most one region, police district or municipality.",
  })
  .refine((record) => record.phone || record.email || record.url, {
    message: "A contact needs a phone number, an e-mail address or a page.",
  });

export type ContactRecord = z.infer<typeof contactRecordSchema>;

/** The unit a contact belongs to, as the directory stores it. */
export function scopeOf(record: ContactRecord) {
  if (record.municipalityCode) return "MUNICIPALITY" as const;
  if (record.policeDistrictId) return "POLICE_DISTRICT" as const;
  if (record.regionId) return "REGION" as const;
  return "NATIONAL" as const;
}
