import "server-only";
import { getDb } from "../db.server";
import { resolveContacts } from "../directory/resolve-contacts.server";
import { legalBasisFor } from "../legal/legal-basis";
import { shortIssue } from "../http/json-request";
import { MAX_BODY_BYTES, routeRequestSchema } from "./route-contract";
import { DEFAULT_LOCALE } from "@/machines/locale";
import { explainRoute } from "@/machines/reasons";
import { replayAnswers } from "@/machines/replay";

export type ApiResult = { status: number; body: unknown };

const invalid = (issues: { path: PropertyKey[]; message: string }[]): ApiResult => ({
  status: 400,
  body: { error: "invalid_input", issues: issues.map(shortIssue) },
});

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Routes the answers in a request body through the statechart and the
 * directory. `null` stands for a body that was too large to read.
 */
export async function routeAnswers(rawBody: string | null, db = getDb): Promise<ApiResult> {
  if (rawBody === null || Buffer.byteLength(rawBody) > MAX_BODY_BYTES) {
    return { status: 413, body: { error: "too_large", maxBytes: MAX_BODY_BYTES } };
  }
  const json = parseJson(rawBody);
  if (!json.ok) return invalid([{ path: [], message: "The body is not valid JSON." }]);
  const parsed = routeRequestSchema.safeParse(json.value);
  if (!parsed.success) return invalid(parsed.error.issues);

  const { locale = DEFAULT_LOCALE, ...answers } = parsed.data;
  const route = replayAnswers(answers);
  if (route.status === "incomplete") return { status: 422, body: { error: "incomplete", next: route.next } };

  const { outcome } = route;
  const { contacts, directory } = await resolveContacts({
    db,
    bodies: [outcome.primary, ...outcome.also],
    municipalityCode: answers.municipalityCode,
    locale,
  });
  return {
    status: 200,
    body: {
      outcome,
      contacts,
      directory,
      reasons: explainRoute(answers, outcome, locale),
      legalBasis: legalBasisFor(outcome.duties, locale),
    },
  };
}
