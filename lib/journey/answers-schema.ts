import { z } from "zod";
import { municipalityCodeSchema } from "../directory/municipality-codes";
import { ANSWER_OPTIONS } from "@/machines/answer-domain";
import type { Answers, StepId } from "@/machines/vocabulary";

// One field per question, with the values of machines/answer-domain.ts. Keyed by StepId, so a
// new question does not compile until the API and the training library accept its answer.
export const answerFields = {
  acuteDanger: z.boolean(),
  crimeSuspected: z.enum(ANSWER_OPTIONS.crimeSuspected),
  concern: z.enum(ANSWER_OPTIONS.concern),
  workplace: z.enum(ANSWER_OPTIONS.workplace),
  ageBand: z.enum(ANSWER_OPTIONS.ageBand),
  inPsychiatricTreatment: z.union([z.boolean(), z.literal("unknown")]),
  inPrisonOrProbation: z.union([z.boolean(), z.literal("unknown")]),
  municipalityCode: municipalityCodeSchema,
  adviceFirst: z.boolean(),
} satisfies { [K in StepId]-?: z.ZodType<NonNullable<Answers[K]>> };

/** Answers to some of the questions, each checked against its question's values. */
export const answersSchema = z.strictObject(answerFields).partial();
