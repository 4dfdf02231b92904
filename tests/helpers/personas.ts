import type { Answers } from "@/machines/vocabulary";

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
