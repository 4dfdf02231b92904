import { describe, expect, it } from "vitest";
import { questionProgress } from "../../../machines/replay";
import type { Answers } from "../../../machines/vocabulary";
import { everyFullAnswerSet } from "../../model/answer-space";
import { expectedQuestions, onOnePage, pageCountOf } from "../../model/oracle";

type Prefix = { answers: Answers; asked: number };

/**
 * The oracle's "Spørgsmål n af højst m" for every prefix of every route, counted in question pages: n is the
 * next page's position, m the most pages among all full answer sets that begin with the same answers.
 */
function oracleProgress(): Map<string, Prefix & { atMost: number }> {
  const byPrefix = new Map<string, Prefix & { atMost: number }>();
  for (const full of everyFullAnswerSet()) {
    const route = expectedQuestions(full);
    // A worker gives an answer other than the role's only by changing it on check your answers (F18).
    const changedFromRole =
      (full.workplace === "psychiatry" && route.includes("inPsychiatricTreatment")) ||
      (full.workplace === "prison_probation" && route.includes("inPrisonOrProbation"));
    if (changedFromRole) continue;
    for (let asked = 0; asked <= route.length; asked++) {
      // A page answers both its questions at once: no journey stops between them, and without the second
      // the role may answer it (F18).
      if (onOnePage(route[asked - 1], route[asked])) continue;
      const answers = Object.fromEntries(route.slice(0, asked).map((step) => [step, full[step]])) as Answers;
      const key = JSON.stringify(answers);
      const known = byPrefix.get(key);
      const pages = pageCountOf(route.slice(0, asked)) + pageCountOf(route.slice(asked));
      byPrefix.set(key, { answers, asked: pageCountOf(route.slice(0, asked)), atMost: Math.max(known?.atMost ?? 0, pages) });
    }
  }
  return byPrefix;
}

describe("questionProgress", () => {
  const prefixes = [...oracleProgress().values()];

  it("matches the oracle for every prefix of every route: n is the next page, m the most pages still possible", () => {
    const completeRoutes = new Set(
      [...everyFullAnswerSet()].map((full) => {
        const route = expectedQuestions(full);
        return JSON.stringify(Object.fromEntries(route.map((step) => [step, full[step]])));
      }),
    );
    for (const { answers, asked, atMost } of prefixes) {
      const key = JSON.stringify(answers);
      const expected = completeRoutes.has(key) ? { number: asked, atMost: asked } : { number: asked + 1, atMost };
      expect(questionProgress(answers), key).toEqual(expected);
    }
  });
});
