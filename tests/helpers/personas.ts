import type { Answers } from "@/machines/vocabulary";

// The workers the tests follow, and how each answers, in the app's vocabulary; written from the domain, not from
// the app's output. A test that needs a worker somewhere else, or with one answer changed, spreads these.

/** A teacher worried about a 15-year-old pupil in Aarhus who shows signs of radicalisation. */
export const TEACHER_ANSWERS = {
  acuteDanger: false,
  crimeSuspected: "no",
  concern: "radicalisation",
  workplace: "education",
  inPrisonOrProbation: false,
  inPsychiatricTreatment: false,
  ageBand: "under18",
  municipalityCode: "751",
  adviceFirst: false,
} as const satisfies Answers;

/** A teacher in Aarhus who suspects a pupil under 18 of planning a crime. */
export const TEACHER_SUSPECTING_A_CRIME_ANSWERS = {
  acuteDanger: false,
  crimeSuspected: "yes",
  workplace: "education",
  ageBand: "under18",
  municipalityCode: "751",
} as const satisfies Answers;

/** A psychiatric nurse in Odense worried about an adult patient; the role says the patient is in treatment. */
export const NURSE_ANSWERS = {
  acuteDanger: false,
  crimeSuspected: "no",
  concern: "radicalisation",
  workplace: "psychiatry",
  inPrisonOrProbation: false,
  inPsychiatricTreatment: true,
  ageBand: "25plus",
  municipalityCode: "461",
  adviceFirst: false,
} as const satisfies Answers;

/** A prison officer in København worried about an adult inmate; the role says the inmate is in custody. */
export const PRISON_OFFICER_ANSWERS = {
  acuteDanger: false,
  crimeSuspected: "no",
  concern: "radicalisation",
  workplace: "prison_probation",
  inPrisonOrProbation: true,
  ageBand: "25plus",
  municipalityCode: "101",
  adviceFirst: false,
} as const satisfies Answers;

/** A neighbour in Aarhus, a private person, worried about an adult showing signs of radicalisation. */
export const NEIGHBOUR_ANSWERS = {
  acuteDanger: false,
  crimeSuspected: "no",
  concern: "radicalisation",
  workplace: "private",
  ageBand: "25plus",
  municipalityCode: "751",
} as const satisfies Answers;

/** Someone in Aarhus, outside the listed workplaces, who knows an adult who wants to leave an extremist group. */
export const LEAVING_EXTREMISM_ANSWERS = {
  acuteDanger: false,
  crimeSuspected: "no",
  concern: "exit_extremism",
  workplace: "other",
  inPrisonOrProbation: false,
  ageBand: "25plus",
  municipalityCode: "751",
} as const satisfies Answers;
