import { DUTIES } from "./duties";
import { allHold, PREDICATES } from "./predicates";
import { R8a, R8b, R8c, R8d, R8e, R8f, radicalisationRule } from "./radicalisation-rules";
import { defineRule, type Reason, type Rule } from "./rule";
import { SOURCES } from "./sources";
import { DUTY_KEYS, type Answers, type BodyKey, type Outcome } from "./vocabulary";

// The rules of docs/domain.md ("Routing rules"), one row each. A row owns its conditions,
// bodies, reasons and the notes it adds to duties; the duties themselves read the row's
// aboutOnePerson and the bodies (machines/duties.ts).

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function settingCooperation(a: Answers): { body: BodyKey; reason: Reason }[] {
  if (PREDICATES.reporterInEducation(a)) return [{ body: "SSP", reason: { id: "settingSsp" } }];
  if (PREDICATES.reporterInPsychiatry(a)) return [{ body: "PSP", reason: { id: "settingPsp" } }];
  if (PREDICATES.reporterInPrisonProbation(a)) return [{ body: "KSP", reason: { id: "settingKsp" } }];
  return [];
}

/**
 * "Don't know" on a status question routes as "no"; the body it would have given is added, to
 * involve if it turns out that the person is in the Service's care or in treatment. Applies to every
 * rule about one person.
 */
export function ifItTurnsOut(a: Answers): { body: BodyKey; reason: Reason }[] {
  return [
    ...(PREDICATES.prisonOrProbationUnknown(a) ? [{ body: "KSP", reason: { id: "ifInPrisonOrProbation" } } as const] : []),
    ...(PREDICATES.psychiatricTreatmentUnknown(a) ? [{ body: "PSP", reason: { id: "ifInPsychiatricTreatment" } } as const] : []),
  ];
}

/** First match wins, in this order. */
export const RULES = [
  defineRule({
    id: "R0",
    description: "Immediate danger to life or health: call 112.",
    sources: [SOURCES.emergency112],
    when: ["acuteDanger"],
    // Nothing on the 112 page competes with the call.
    aboutOnePerson: false,
    bodies: () => ({ primary: "EMERGENCY", also: [] }),
    reasons: () => [{ id: "emergency" }],
  }),
  defineRule({
    id: "R1",
    description: "A crime is suspected: the police (114), then the setting's cooperation.",
    sources: [SOURCES.seed, SOURCES.whereToTurn, SOURCES.retsplejeloven115],
    when: ["crimeSuspected"],
    aboutOnePerson: true,
    bodies: (a) => ({ primary: "POLICE", also: settingCooperation(a).map(({ body }) => body) }),
    reasons: (a) => [{ id: "crimeSuspected" }, ...settingCooperation(a).map(({ reason }) => reason)],
  }),
  defineRule({
    id: "R2",
    description: "Travel to an armed conflict zone: the Info-House, with the police.",
    sources: [SOURCES.seed, SOURCES.infoHouses, SOURCES.whereToTurn],
    when: ["concernTravel"],
    aboutOnePerson: true,
    bodies: (a) => ({ primary: "INFOHOUSE", also: PREDICATES.under18(a) ? ["POLICE", "MUNICIPALITY"] : ["POLICE"] }),
    reasons: () => [{ id: "travel" }],
  }),
  defineRule({
    id: "R3",
    description: "Wants to leave an extremist environment: the Info-House; PET's exit programme explained.",
    sources: [SOURCES.seed, SOURCES.petExit, SOURCES.petPrevention],
    when: ["concernExitExtremism"],
    aboutOnePerson: true,
    bodies: (a) => ({ primary: "INFOHOUSE", also: PREDICATES.inPrisonOrProbation(a) ? ["KRIMINALFORSORGEN", "PET"] : ["PET"] }),
    reasons: (a) => [
      { id: "exitExtremism" },
      ...(PREDICATES.inPrisonOrProbation(a) ? [{ id: "exitExtremismInPrison" } as const] : []),
      { id: "petExplained" },
    ],
  }),
  defineRule({
    id: "R4",
    description: "Wants to leave a gang or biker environment: the National Exit Contact Point.",
    sources: [SOURCES.seed],
    when: ["concernExitGang"],
    aboutOnePerson: true,
    bodies: () => ({ primary: "NFC_EXIT", also: ["MUNICIPALITY"] }),
    reasons: () => [{ id: "exitGang" }],
  }),
  defineRule({
    id: "R5",
    description: "General prevention work, not one person: STUK for education, otherwise CDE.",
    sources: [SOURCES.seed, SOURCES.cde],
    when: ["concernGeneralPrevention"],
    aboutOnePerson: false,
    bodies: (a) => (PREDICATES.reporterInEducation(a) ? { primary: "STUK", also: ["CDE"] } : { primary: "CDE", also: [] }),
    reasons: (a) => [...(PREDICATES.reporterInEducation(a) ? [{ id: "preventionSchool" } as const] : []), { id: "preventionGeneral" }],
  }),
  defineRule({
    id: "R6",
    description: "General wellbeing only, no extremism: the municipality.",
    sources: [SOURCES.barnetsLov],
    when: ["concernWellbeing"],
    aboutOnePerson: true,
    bodies: () => ({ primary: "MUNICIPALITY", also: [] }),
    reasons: () => [{ id: "wellbeing" }],
  }),
  defineRule({
    id: "R7",
    description: "Advice first (or crime unknown): the hotline, then the body R8 would give.",
    sources: [SOURCES.whereToTurn, SOURCES.hotlineFollowUp],
    when: ["concernRadicalisation", "wantsAdviceFirst"],
    aboutOnePerson: true,
    bodies: (a) => {
      const base = radicalisationRule(a).bodies(a);
      const police: BodyKey[] = PREDICATES.crimeUnknown(a) ? ["POLICE"] : [];
      return { primary: "HOTLINE", also: unique([base.primary, ...base.also, ...police]).filter((body) => body !== "HOTLINE") };
    },
    reasons: (a) =>
      PREDICATES.crimeUnknown(a)
        ? // A private person's hotline-and-police route is already said by the crime-unknown sentence.
          [{ id: "crimeUnknown" }, ...(PREDICATES.reporterPrivate(a) ? [] : radicalisationRule(a).reasons(a, "later"))]
        : [{ id: "adviceFirst" }, ...radicalisationRule(a).reasons(a, "later")],
    // The duty to notify is personal, so it does not wait for the advice.
    dutyNotes: { NOTIFY_MUNICIPALITY: ["notifyDespiteAdvice"], NOTIFY_MUNICIPALITY_GENERAL: ["notifyDespiteAdvice"] },
  }),
  R8a,
  // R9 refines R8b–R8f, so it is tried before them. R8a cannot lie beneath it: R8a needs a private reporter.
  defineRule({
    id: "R9",
    description: "Municipal social services and a specific person (R8b–R8f): as R8, plus VISO.",
    sources: [SOURCES.seed, SOURCES.viso],
    when: ["concernRadicalisation", "reporterInSocialServices"],
    aboutOnePerson: true,
    bodies: (a) => {
      const { primary, also } = radicalisationRule(a).bodies(a);
      return { primary, also: unique([...also, "VISO"]) };
    },
    reasons: (a) => [...radicalisationRule(a).reasons(a, "first"), { id: "viso" }],
  }),
  R8b,
  R8c,
  R8d,
  R8e,
  R8f,
] as const;

export type RuleId = (typeof RULES)[number]["id"];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export const isRuleId = (value: string): value is RuleId => (RULE_IDS as readonly string[]).includes(value);

export function ruleById(id: RuleId): Rule<RuleId> {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`Rule ${id} is missing from the table`);
  return rule;
}

export function ruleMatches(id: RuleId, answers: Answers): boolean {
  return allHold(ruleById(id).when, answers);
}

export function outcomeFor(id: RuleId, answers: Answers): Outcome {
  const rule = ruleById(id);
  const ruled = rule.bodies(answers);
  const primary = ruled.primary;
  const unsure = rule.aboutOnePerson ? ifItTurnsOut(answers).map(({ body }) => body) : [];
  const also = unique([...ruled.also, ...unsure]).filter((body) => body !== primary);
  const facts = { answers, rule, bodies: [primary, ...also] };
  return { rule: id, primary, also, duties: DUTY_KEYS.filter((key) => DUTIES[key].applies(facts)) };
}
