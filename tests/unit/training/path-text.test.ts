import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PathText } from "@/lib/training/path-text";
import { stepDefinition } from "@/lib/journey/steps";
import type { Locale } from "@/machines/locale";
import { pathThrough } from "@/machines/path-through";
import type { Answers, StepId } from "@/machines/vocabulary";
import { NEIGHBOUR_ANSWERS } from "@/tests/helpers/personas";

const items = (locale: Locale, answers: Answers) =>
  [...renderToStaticMarkup(createElement(PathText, { locale, answers, path: pathThrough(answers) })).matchAll(/<li>(.*?)<\/li>/g)].map(
    (match) => match[1],
  );

const question = (step: StepId, locale: Locale) => stepDefinition(step).question[locale];

describe("the route in words", () => {
  it("lists each question asked with the answer given, then the body routed to, in Danish", () => {
    const danish = items("da", NEIGHBOUR_ANSWERS);
    expect(danish).toHaveLength(7);
    expect(danish[0]).toBe(`${question("acuteDanger", "da")} Svar: Nej`);
    expect(danish[3]).toBe(`${question("workplace", "da")} Svar: Privat, fx som familie, ven eller nabo`);
    expect(danish[5]).toBe(`${question("municipalityCode", "da")} Svar: Aarhus`);
    expect(danish[6]).toBe("Henvisning: Hotline mod radikalisering");
  });

  it("says the same in English", () => {
    const english = items("en", NEIGHBOUR_ANSWERS);
    expect(english[3]).toBe(`${question("workplace", "en")} Answer: Privately, for example as family, a friend or a neighbour`);
    expect(english.at(-1)).toBe("Referral: Anti-Radicalisation Hotline");
  });

  it("ends an incomplete route at the question it stops at", () => {
    expect(items("en", { acuteDanger: false }).at(-1)).toBe(`The route stops at the question: ${question("crimeSuspected", "en")}`);
  });
});
