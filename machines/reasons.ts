import { PREDICATES } from "./predicates";
import type { Locale } from "./locale";
import { REASON_TEXTS, ROLE_TEXTS, type ReasonId, type Role } from "./reason-texts";
import { radicalisationRule } from "./rules";
import type { Answers, BodyKey, DutyKey, Outcome, RuleId } from "./vocabulary";

type Reason = { id: ReasonId; role?: Role };
type R8RuleId = "R8a" | "R8b" | "R8c" | "R8d" | "R8e" | "R8f";

const R8_REASONS = {
  R8a: () => [{ id: "privatePerson" }],
  R8b: (a, role) => [{ id: PREDICATES.reporterInPrisonProbation(a) ? "inPrisonStaff" : "inPrison", role }],
  R8c: (_, role) => [{ id: "inPsychiatry", role }],
  R8d: (_, role) => [{ id: "under18", role }],
  R8e: (_, role) => [{ id: "aged18to24", role }],
  R8f: (a, role) => [{ id: a.ageBand === "25plus" ? "aged25plus" : "ageUnknown", role }],
} satisfies Record<R8RuleId, (a: Answers, role: Role) => Reason[]>;

function beneath(a: Answers, role: Role): Reason[] {
  const id = radicalisationRule(a)?.id ?? "R8f";
  return id in R8_REASONS ? R8_REASONS[id as R8RuleId](a, role) : [];
}

function setting(a: Answers): Reason[] {
  if (PREDICATES.reporterInEducation(a)) return [{ id: "settingSsp" }];
  if (PREDICATES.reporterInPsychiatry(a)) return [{ id: "settingPsp" }];
  if (PREDICATES.reporterInPrisonProbation(a)) return [{ id: "settingKsp" }];
  return [];
}

const RULE_REASONS = {
  R0: () => [{ id: "emergency" }],
  R1: (a) => [{ id: "crimeSuspected" }, ...setting(a)],
  R2: () => [{ id: "travel" }],
  R3: (a) => [
    { id: "exitExtremism" },
    ...(PREDICATES.inPrisonOrProbation(a) ? [{ id: "exitExtremismInPrison" as const }] : []),
    { id: "petExplained" },
  ],
  R4: () => [{ id: "exitGang" }],
  R5: (a) => [...(PREDICATES.reporterInEducation(a) ? [{ id: "preventionSchool" as const }] : []), { id: "preventionGeneral" }],
  R6: () => [{ id: "wellbeing" }],
  R7: (a) =>
    // A private person's hotline-and-police route is already said by the crime-unknown sentence.
    PREDICATES.crimeUnknown(a)
      ? [{ id: "crimeUnknown" }, ...(PREDICATES.reporterPrivate(a) ? [] : beneath(a, "later"))]
      : [{ id: "adviceFirst" }, ...beneath(a, "later")],
  R8a: () => R8_REASONS.R8a(),
  R8b: (a) => R8_REASONS.R8b(a, "first"),
  R8c: (a) => R8_REASONS.R8c(a, "first"),
  R8d: (a) => R8_REASONS.R8d(a, "first"),
  R8e: (a) => R8_REASONS.R8e(a, "first"),
  R8f: (a) => R8_REASONS.R8f(a, "first"),
  R9: (a) => [...beneath(a, "first"), { id: "viso" }],
} satisfies Record<RuleId, (a: Answers) => Reason[]>;

function notifyReason(a: Answers): ReasonId {
  if (PREDICATES.reporterPrivate(a)) return "notifyPrivatePerson";
  return a.workplace === "other" ? "notifyOtherJob" : "notifyPublicEmployee";
}

const DUTY_REASONS = {
  NOTIFY_MUNICIPALITY: (a, o) => [notifyReason(a), ...(o.rule === "R7" ? ["notifyDespiteAdvice" as const] : [])],
  HEALTH_DISCLOSURE: () => ["healthDisclosure"],
  SHARING_115: () => ["sharing115"],
} satisfies Record<DutyKey, (a: Answers, o: Outcome) => ReasonId[]>;

const LOCAL_BODIES: readonly BodyKey[] = ["POLICE", "INFOHOUSE", "SSP", "PSP", "KSP", "MUNICIPALITY"];

function render({ id, role }: Reason, locale: Locale): string {
  const text = REASON_TEXTS[id][locale];
  return role ? text.replace("{role}", ROLE_TEXTS[role][locale]) : text;
}

/** One plain sentence for each answer that decided the route, then one for each duty. */
export function explainRoute(answers: Answers, outcome: Outcome, locale: Locale): string[] {
  const bodies = [outcome.primary, ...outcome.also];
  const reasons: Reason[] = [
    ...RULE_REASONS[outcome.rule](answers),
    ...(answers.municipalityCode !== undefined && bodies.some((b) => LOCAL_BODIES.includes(b)) ? [{ id: "municipality" as const }] : []),
    ...outcome.duties.flatMap((duty) => DUTY_REASONS[duty](answers, outcome).map((id) => ({ id }))),
  ];
  return [...new Set(reasons.map((reason) => render(reason, locale)))];
}
