import type { RuleId } from "./rules";

export const BODY_KEYS = [
  "EMERGENCY",
  "POLICE",
  "INFOHOUSE",
  "SSP",
  "PSP",
  "KSP",
  "KRIMINALFORSORGEN",
  "MUNICIPALITY",
  "HOTLINE",
  "CDE",
  "VISO",
  "STUK",
  "NFC_EXIT",
  "PET",
] as const;
export type BodyKey = (typeof BODY_KEYS)[number];

export const DUTY_KEYS = ["NOTIFY_MUNICIPALITY", "NOTIFY_MUNICIPALITY_GENERAL", "HEALTH_DISCLOSURE", "SHARING_115"] as const;
export type DutyKey = (typeof DUTY_KEYS)[number];

export const CRIME_ANSWERS = ["yes", "no", "unknown"] as const;
export type CrimeAnswer = (typeof CRIME_ANSWERS)[number];

export const CONCERNS = ["radicalisation", "travel", "exit_extremism", "exit_gang", "general_prevention", "wellbeing"] as const;
export type Concern = (typeof CONCERNS)[number];

export const WORKPLACES = ["education", "psychiatry", "health", "prison_probation", "social_services", "other", "private"] as const;
export type Workplace = (typeof WORKPLACES)[number];

/** Whether the person is in prison or probation, or in psychiatric treatment: the worker may not know. */
export const STATUS_ANSWERS = [true, false, "unknown"] as const;
export type StatusAnswer = (typeof STATUS_ANSWERS)[number];

export const AGE_BANDS = ["under18", "18to24", "25plus", "unknown"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const STEP_IDS = [
  "acuteDanger",
  "crimeSuspected",
  "concern",
  "workplace",
  "inPrisonOrProbation",
  "inPsychiatricTreatment",
  "ageBand",
  "municipalityCode",
  "adviceFirst",
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type Answers = {
  acuteDanger?: boolean;
  crimeSuspected?: CrimeAnswer;
  concern?: Concern;
  workplace?: Workplace;
  inPrisonOrProbation?: StatusAnswer;
  inPsychiatricTreatment?: StatusAnswer;
  ageBand?: AgeBand;
  municipalityCode?: string;
  adviceFirst?: boolean;
};

export type Outcome = { rule: RuleId; primary: BodyKey; also: BodyKey[]; duties: DutyKey[] };
