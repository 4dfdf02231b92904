import { describe, expect, it } from "vitest";
import { journeyOf } from "@/lib/journey/journey";
import { answersAfterChoice } from "@/lib/journey/paths";
import { answeredPages, pageAnswerLabel, pageAsking } from "@/lib/journey/question-pages";
import { decodeAnswers, encodeAnswers } from "@/lib/journey/url-state";
import { scenarioSchema } from "@/lib/training/scenario";
import type { Answers, StepId } from "@/machines/vocabulary";
import scenarioSeed from "@/prisma/seed-data/scenarios.json" with { type: "json" };
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";

// The teacher's link as the journey wrote it before questions shared pages (format version 1).
const TEACHER_LINK = "1.d1.c1.k0.w0.p1.h1.a0.m751.r1";

/** Walks the journey page by page, choosing the option `choices` names for each page's first question. */
function answerPages(choices: Partial<Record<StepId, string>>): { answers: Answers; pages: StepId[] } {
  let answers: Answers = {};
  const pages: StepId[] = [];
  for (;;) {
    const { replay } = journeyOf(answers);
    if (replay.status === "complete") return { answers, pages };
    const choice = choices[replay.next];
    if (choice === undefined) throw new Error(`No choice for ${replay.next}`);
    pages.push(replay.next);
    answers = answersAfterChoice(answers, replay.next, choice);
  }
}

const questionsOn = (answers: Answers) =>
  answeredPages(journeyOf(answers)).map((page) => ({ step: page.step, label: pageAnswerLabel(page, journeyOf(answers), "da") }));

describe("question pages", () => {
  it("read a link made before the pages were joined as the same answers, with the same result", () => {
    const { answers, intact } = decodeAnswers(TEACHER_LINK);
    expect(intact).toBe(true);
    expect(answers).toEqual(TEACHER_ANSWERS);
    expect(journeyOf(answers).replay).toMatchObject({ status: "complete", outcome: { rule: "R8d", primary: "SSP" } });
  });

  it("ask the teacher on seven pages and write the same link as before", () => {
    const teacher = answerPages({
      acuteDanger: "neither",
      concern: "radicalisation",
      workplace: "education",
      inPrisonOrProbation: "neither",
      ageBand: "under18",
      municipalityCode: "751",
      adviceFirst: "no",
    });
    expect(teacher.pages).toEqual([
      "acuteDanger",
      "concern",
      "workplace",
      "inPrisonOrProbation",
      "ageBand",
      "municipalityCode",
      "adviceFirst",
    ]);
    expect(encodeAnswers(journeyOf(teacher.answers).answers)).toBe(TEACHER_LINK);
  });

  it("ask the psychiatric nurse on seven pages: the role says the patient is in treatment, the Service's care is asked alone", () => {
    const nurse = answerPages({
      acuteDanger: "neither",
      concern: "radicalisation",
      workplace: "psychiatry",
      inPrisonOrProbation: "no",
      ageBand: "25plus",
      municipalityCode: "461",
      adviceFirst: "no",
    });
    expect(nurse.pages).toHaveLength(7);
    const journey = journeyOf(nurse.answers);
    expect(journey.replay).toMatchObject({ status: "complete", outcome: { rule: "R8c", primary: "PSP" } });
    expect(pageAsking(journey, "inPrisonOrProbation").question.da).toBe(
      "Er personen i fængsel, varetægtsfængslet eller under tilsyn af Kriminalforsorgen, eller skal personen snart løslades?",
    );
    expect(questionsOn(nurse.answers)).toContainEqual({ step: "inPsychiatricTreatment", label: "Ja" });
    expect(answeredPages(journey).find((page) => page.step === "inPsychiatricTreatment")?.fromRole).toBe(true);
  });

  it("ask both status questions on one page where the route asks both, and each alone where it does not", () => {
    const calm: Answers = { acuteDanger: false, crimeSuspected: "no", workplace: "education" };
    const both = pageAsking(journeyOf({ ...calm, concern: "radicalisation" }), "inPrisonOrProbation");
    expect(both.question.da).toBe("Er personen i Kriminalforsorgens varetægt eller i psykiatrisk behandling?");
    expect(both.answersFor("unknown")).toEqual({ inPrisonOrProbation: "unknown", inPsychiatricTreatment: "unknown" });
    expect(both.answersFor("prison")).toEqual({ inPrisonOrProbation: true });
    expect(both.answersFor("psychiatryUnknown")).toEqual({ inPrisonOrProbation: false, inPsychiatricTreatment: "unknown" });
    const alone = pageAsking(journeyOf({ ...calm, concern: "exit_extremism" }), "inPrisonOrProbation");
    expect(alone.options.map((option) => option.value)).toEqual(["yes", "no", "unknown"]);
  });

  it("show an old link's answers that no joined option gives with each question's own words, and lead where they led", () => {
    const answers = decodeAnswers("1.d1.c1.k0.w0.p2.h0.a0.m751.r1").answers;
    expect(journeyOf(answers).replay).toMatchObject({ status: "complete", outcome: { rule: "R8c", also: ["INFOHOUSE", "KSP"] } });
    const status = questionsOn(answers).find((page) => page.step === "inPrisonOrProbation");
    expect(status?.label).toBe(
      "Er personen i fængsel, varetægtsfængslet eller under tilsyn af Kriminalforsorgen, eller skal personen snart løslades? Ved ikke " +
        "Er personen i psykiatrisk behandling? Ja",
    );
  });

  it("offer an option for every answer a training case gives, so that a trainee can answer each case as it is written", () => {
    for (const record of scenarioSeed) {
      const { slug, answers } = scenarioSchema.parse(record);
      const journey = journeyOf(answers);
      for (const page of answeredPages(journey).filter((answered) => !answered.fromRole)) {
        expect(page.definition.valueIn(journey.answers), `${slug}: ${page.step}`).toBeDefined();
      }
    }
  });
});
