import "server-only";
import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { getDb } from "../../db.server";
import { reportDatabaseFailure } from "../../db/database-failure";
import { withinDeadline } from "../../db/deadline";
import { formHasControlCharacter } from "../../http/control-characters";
import { CLIENT_GONE, clientGoneResponse, readBytesWithin } from "../../http/read-body";
import { formText } from "../../http/request-fields";
import { shortPage } from "../../http/short-page";
import { localeOrDefault, startPath } from "../../i18n/locales";
import { clientAddress } from "../../security/client-address";
import { formOf, MAX_FORM_BYTES } from "../../security/form-body";
import { isSameSiteRequest } from "../../security/same-origin";
import { REPORT_ERRORS_PARAM, reportFormPath, reportSentPath } from "./paths";
import { REPORT_FIELDS, reportErrors, reportSchema } from "./report-schema";
import { reportClientKey, sendReport } from "./report-sending.server";
import type { Locale } from "@/machines/locale";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

const MESSAGES = { da, en } satisfies Record<Locale, unknown>;

const STATUS = { notSameSite: 403, tooLarge: 413, badForm: 400, unknownTarget: 404, tooMany: 429, unavailable: 503 } as const;
type Refusal = keyof typeof STATUS;

function refusal(locale: Locale, kind: Refusal, headers?: Record<string, string>): Response {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return shortPage({
    lang: locale,
    status: STATUS[kind],
    title: t(`reports.refusals.${kind}.title`),
    body: t(`reports.refusals.${kind}.body`),
    siteName: t("site.name"),
    back: { href: startPath(locale), text: t("reports.toStart") },
    ...(headers ? { headers } : {}),
  });
}

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * A worker's report that a contact is wrong, posted by the form with or without JavaScript. What a request must
 * pass, cheapest first: a form of this site (403), a body within the form limit (413) that is form data without
 * control characters (400). A form with a problem goes back to the form with the problem said and the values kept;
 * a report about a contact the directory does not hold is refused (404); past the limits per client and in total,
 * 429 with Retry-After. During a database outage, 503. A stored report changes nothing a worker reads.
 */
export async function handleReport(request: NextRequest, params: Promise<{ locale: string }>): Promise<Response> {
  const locale = localeOrDefault((await params).locale);
  if (!isSameSiteRequest(request.headers, request.nextUrl.protocol)) return refusal(locale, "notSameSite");
  const bytes = await readBytesWithin(request, MAX_FORM_BYTES);
  if (bytes === CLIENT_GONE) return clientGoneResponse();
  if (bytes === null) return refusal(locale, "tooLarge");
  const form = await formOf(bytes, request.headers.get("content-type"));
  if (!form || formHasControlCharacter(form)) return refusal(locale, "badForm");
  const fields = Object.fromEntries(REPORT_FIELDS.map((name) => [name, formText(form, name) ?? ""])) as Record<
    (typeof REPORT_FIELDS)[number],
    string
  >;
  const values = { target: formText(form, "target") ?? "", ...fields };
  const parsed = reportSchema.safeParse(values);
  if (!parsed.success) {
    const errors = reportErrors(parsed.error.issues);
    if (Object.keys(errors).length === 0) return refusal(locale, "unknownTarget");
    const problems = Object.entries(errors).map(([field, key]) => `${field}:${key}`);
    const kept = Object.fromEntries(REPORT_FIELDS.filter((name) => fields[name]).map((name) => [name, fields[name]]));
    return seeOther(reportFormPath(locale, values.target, { ...kept, [REPORT_ERRORS_PARAM]: problems.join(",") }));
  }
  try {
    const sending = await withinDeadline(sendReport(getDb(), parsed.data, reportClientKey(clientAddress(request.headers))));
    if (sending.sent) return seeOther(reportSentPath(locale));
    return sending.reason === "limit"
      ? refusal(locale, "tooMany", { "Retry-After": String(sending.retryAfter) })
      : refusal(locale, "unknownTarget");
  } catch (error) {
    reportDatabaseFailure("contact-report", error);
    return refusal(locale, "unavailable");
  }
}
