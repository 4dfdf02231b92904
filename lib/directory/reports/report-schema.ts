import { z } from "zod";
import { optionalText } from "../../http/optional-text";
import { normalisePhone } from "../phone";
import { parseTarget } from "../report-target";

// One schema for a worker's report that a contact is wrong, used by the form, its handler and the report's row.
// The report holds what is wrong and, if the worker knows one, a better channel with the page that gives it: a
// phone number, an e-mail address or a web address, never free text, so there is no field to write about a person in.

export const REPORT_REASONS = ["NO_ANSWER", "WRONG_UNIT", "MOVED", "OTHER"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** What each problem is called under reports.errors in messages/*.json. */
export type ReportErrorKey = "reason" | "channel" | "source" | "sourceNeeded" | "tooLong";

const error = (key: ReportErrorKey) => ({ error: key });

const webAddress = z.url({ protocol: /^https?$/, ...error("source") });

/** A channel as the directory would write it: a normalised phone number, an e-mail address or a web address. */
function asChannel(text: string): string | undefined {
  const phone = normalisePhone(text);
  if (phone && phone.length > 4) return phone;
  if (z.email().safeParse(text).success) return text.toLowerCase();
  return z.url({ protocol: /^https?$/ }).safeParse(text).success ? text : undefined;
}

/** Whether a form's values name a channel and no page for it: asked for even when another field has a problem. */
const channelWithoutSource = (value: unknown) => {
  const { suggestedChannel, suggestedSource } = (value ?? {}) as Record<string, unknown>;
  const filled = (text: unknown) => typeof text === "string" && text.trim() !== "";
  return filled(suggestedChannel) && !filled(suggestedSource);
};

export const reportSchema = z
  .object({
    target: z.string().refine((key) => parseTarget(key) !== undefined),
    reason: z.enum(REPORT_REASONS, error("reason")),
    suggestedChannel: optionalText(200).refine((text) => text === undefined || asChannel(text) !== undefined, error("channel")),
    suggestedSource: optionalText(500).pipe(webAddress.optional()),
  })
  .refine((report) => !channelWithoutSource(report), {
    ...error("sourceNeeded"),
    path: ["suggestedSource"],
    when: (payload) => channelWithoutSource(payload.value),
  })
  .transform(({ suggestedChannel, ...report }) => ({
    ...report,
    ...(suggestedChannel ? { suggestedChannel: asChannel(suggestedChannel)! } : {}),
  }));

export type ReportInput = z.input<typeof reportSchema>;
export type Report = z.output<typeof reportSchema>;

/** The form's fields, as the form names them. */
export const REPORT_FIELDS = ["reason", "suggestedChannel", "suggestedSource"] as const;

/** Each field's first problem. */
export function reportErrors(issues: readonly z.core.$ZodIssue[]): Partial<Record<(typeof REPORT_FIELDS)[number], ReportErrorKey>> {
  const errors: Partial<Record<(typeof REPORT_FIELDS)[number], ReportErrorKey>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0]) as (typeof REPORT_FIELDS)[number];
    if (REPORT_FIELDS.includes(field)) errors[field] ??= issue.message as ReportErrorKey;
  }
  return errors;
}

/** Which of a contact's fields a suggested channel would fill in. */
export const channelField = (channel: string): "phone" | "email" | "url" =>
  normalisePhone(channel) ? "phone" : channel.includes("@") && !channel.includes("/") ? "email" : "url";

const ERROR_KEYS: readonly ReportErrorKey[] = ["reason", "channel", "source", "sourceNeeded", "tooLong"];

/** The problems a refused form carries back in its address ("reason:reason,suggestedSource:source"); unknown parts are left out. */
export function decodeReportErrors(text: string | undefined): Partial<Record<(typeof REPORT_FIELDS)[number], ReportErrorKey>> {
  const pairs = (text ?? "").split(",").map((pair) => pair.split(":") as [string, string]);
  return Object.fromEntries(
    pairs.filter(([field, key]) => REPORT_FIELDS.includes(field as never) && ERROR_KEYS.includes(key as ReportErrorKey)),
  );
}
