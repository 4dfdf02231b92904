import type { Answers } from "./vocabulary";

export type Predicate = (answers: Answers) => boolean;

// Named facts about the answers. Rules, duties and the machine's guards use these names.
export const PREDICATES = {
  acuteDanger: (a) => a.acuteDanger === true,
  noAcuteDanger: (a) => a.acuteDanger === false,
  crimeSuspected: (a) => a.crimeSuspected === "yes",
  crimeNotSuspected: (a) => a.crimeSuspected === "no",
  crimeUnknown: (a) => a.crimeSuspected === "unknown",
  concernRadicalisation: (a) => a.concern === "radicalisation",
  concernTravel: (a) => a.concern === "travel",
  concernExitExtremism: (a) => a.concern === "exit_extremism",
  concernExitGang: (a) => a.concern === "exit_gang",
  concernGeneralPrevention: (a) => a.concern === "general_prevention",
  concernWellbeing: (a) => a.concern === "wellbeing",
  reporterInEducation: (a) => a.workplace === "education",
  reporterInPsychiatry: (a) => a.workplace === "psychiatry",
  reporterInHealthCare: (a) => a.workplace === "psychiatry" || a.workplace === "health",
  reporterInPrisonProbation: (a) => a.workplace === "prison_probation",
  reporterInSocialServices: (a) => a.workplace === "social_services",
  reporterPrivate: (a) => a.workplace === "private",
  reporterAtWork: (a) => a.workplace !== undefined && a.workplace !== "private",
  inPrisonOrProbation: (a) => a.inPrisonOrProbation === true,
  // "Don't know" routes as "no"; the outcome then adds the body to contact if it turns out otherwise.
  notInPrisonOrProbation: (a) => a.inPrisonOrProbation === false || a.inPrisonOrProbation === "unknown",
  prisonOrProbationUnknown: (a) => a.inPrisonOrProbation === "unknown",
  inPsychiatricTreatment: (a) => a.inPsychiatricTreatment === true,
  notInPsychiatricTreatment: (a) => a.inPsychiatricTreatment === false || a.inPsychiatricTreatment === "unknown",
  psychiatricTreatmentUnknown: (a) => a.inPsychiatricTreatment === "unknown",
  // F18: the role gave the answer (machines/role-answers.ts), so the question is not asked.
  inPrisonOrProbationByRole: (a) =>
    a.inPrisonOrProbation === true &&
    a.workplace === "prison_probation" &&
    (a.concern === "radicalisation" || a.concern === "exit_extremism"),
  inPsychiatricTreatmentByRole: (a) =>
    a.inPsychiatricTreatment === true && a.workplace === "psychiatry" && (a.concern === "radicalisation" || a.concern === "exit_extremism"),
  under18: (a) => a.ageBand === "under18",
  aged18to24: (a) => a.ageBand === "18to24",
  aged25plusOrUnknown: (a) => a.ageBand === "25plus" || a.ageBand === "unknown",
  // Crime "don't know" takes the advice route. A private person is never asked
  // adviceFirst (the hotline is their primary anyway), so a stale value must not count.
  wantsAdviceFirst: (a) => a.crimeSuspected === "unknown" || (a.adviceFirst === true && a.workplace !== "private"),
} satisfies Record<string, Predicate>;

export type PredicateName = keyof typeof PREDICATES;

export function allHold(names: readonly PredicateName[], answers: Answers): boolean {
  return names.every((name) => PREDICATES[name](answers));
}
