import { DUTIES } from "./duties";
import type { Locale } from "./locale";
import { REASON_TEXTS, ROLE_TEXTS } from "./reason-texts";
import type { Reason } from "./rule";
import { ifItTurnsOut, ruleById } from "./rules";
import type { Answers, BodyKey, Outcome } from "./vocabulary";

const LOCAL_BODIES: readonly BodyKey[] = ["POLICE", "INFOHOUSE", "SSP", "PSP", "KSP", "MUNICIPALITY"];

function render({ id, role }: Reason, locale: Locale): string {
  const text = REASON_TEXTS[id][locale];
  return role ? text.replace("{role}", ROLE_TEXTS[role][locale]) : text;
}

/** The rule's reasons, then the municipality's part, then each duty's sentences. */
export function reasonsFor(answers: Answers, outcome: Outcome): Reason[] {
  const rule = ruleById(outcome.rule);
  const bodies = [outcome.primary, ...outcome.also];
  const local = answers.municipalityCode !== undefined && bodies.some((body) => LOCAL_BODIES.includes(body));
  const duties = outcome.duties.flatMap((duty) => [...DUTIES[duty].reasons(answers), ...(rule.dutyNotes?.[duty] ?? [])]);
  return [
    ...rule.reasons(answers, "first"),
    ...(rule.aboutOnePerson ? ifItTurnsOut(answers).map(({ reason }) => reason) : []),
    ...(local ? [{ id: "municipality" } as const] : []),
    ...duties.map((id) => ({ id })),
  ];
}

/** One plain sentence for each answer that decided the route, then one for each duty. */
export function explainRoute(answers: Answers, outcome: Outcome, locale: Locale): string[] {
  return [...new Set(reasonsFor(answers, outcome).map((reason) => render(reason, locale)))];
}
