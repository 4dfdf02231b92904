import { z } from "zod";
import { SOURCE_DATE_PATTERN } from "../dates";
import { answerFields } from "../journey/answers-schema";
import { LOCALES } from "@/machines/locale";
import { RULE_IDS } from "@/machines/rules";
import { BODY_KEYS, DUTY_KEYS, STEP_IDS } from "@/machines/vocabulary";

export const MAX_BODY_BYTES = 16 * 1024;

export const routeRequestSchema = z
  .strictObject({ ...answerFields, locale: z.enum(LOCALES) })
  .partial()
  .meta({ id: "RouteRequest", description: "The answers so far. Only the answers the route needs are required." });

export type RouteRequest = z.infer<typeof routeRequestSchema>;

const contactSchema = z
  .object({
    body: z.enum(BODY_KEYS),
    name: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
    url: z.string().optional(),
    hours: z.string().optional(),
    askFor: z.string().optional().describe("At a switchboard: the unit or role to ask for."),
    source: z.string().describe("The page the contact is taken from."),
    sourceDate: z
      .string()
      .regex(SOURCE_DATE_PATTERN)
      .optional()
      .describe("The date the source shows: YYYY-MM-DD, YYYY-MM or YYYY. Absent when the source shows no date."),
    verifiedAt: z.iso.date().describe("The day the source was read."),
    fallback: z.boolean().describe("True when this is the nearest verified channel, not the body's own contact."),
    gap: z.string().optional().describe("Why a fallback is shown."),
    channel: z
      .enum(["switchboard", "citizenService"])
      .optional()
      .describe(
        "The municipality's switchboard (or Borgerservice's line where it gives no other), standing in for a body it has no contact of.",
      ),
    audience: z
      .enum(["children", "adults"])
      .optional()
      .describe(
        "The municipality's unit for notifications about children (not the contact for a person of 18 or older), or its social services for adults (not the contact for a child).",
      ),
  })
  .meta({ id: "Contact" });

export const routeResponseSchema = z
  .object({
    outcome: z.object({
      rule: z.enum(RULE_IDS),
      primary: z.enum(BODY_KEYS),
      also: z.array(z.enum(BODY_KEYS)),
      duties: z.array(z.enum(DUTY_KEYS)),
    }),
    contacts: z.array(contactSchema),
    directory: z.enum(["ok", "unavailable"]).describe('"unavailable": only 112, 114 and the hotline could be given.'),
    reasons: z.array(z.string()),
    legalBasis: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        citation: z.string(),
        summary: z.string(),
        caveat: z.string().optional(),
        source: z.string(),
        asOf: z.iso.date().describe("The date the source shows."),
        checkedAt: z.iso.date().describe("When the text was last checked against its sources."),
      }),
    ),
  })
  .meta({ id: "RouteResponse" });

export const incompleteResponseSchema = z
  .object({ error: z.literal("incomplete"), next: z.enum(STEP_IDS).describe("The next answer the route needs.") })
  .meta({ id: "Incomplete" });

export const invalidInputResponseSchema = z
  .object({
    error: z.literal("invalid_input"),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
  })
  .meta({ id: "InvalidInput" });

export const tooLargeResponseSchema = z.object({ error: z.literal("too_large"), maxBytes: z.number() }).meta({ id: "TooLarge" });
