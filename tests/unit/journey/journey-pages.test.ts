import { describe, expect, it } from "vitest";
import { localeOfPath, startPath } from "@/lib/i18n/locales";
import { journeyPageAt } from "@/lib/journey/journey-pages";
import { checkPath, resultPath, stepPath } from "@/lib/journey/paths";
import { contactsPath } from "@/lib/directory/paths";
import { LOCALES } from "@/machines/locale";
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";

// Offline, the browser reads the page to show from the address alone, as the server's routes do.
const at = (path: string) => {
  const url = new URL(path, "https://henvis.example");
  return journeyPageAt(url.pathname, url.search);
};

describe("the journey's page at an address", () => {
  for (const locale of LOCALES) {
    it(`finds a question, check your answers and the result in ${locale}`, () => {
      const beforeMunicipality = { ...TEACHER_ANSWERS, municipalityCode: undefined, adviceFirst: undefined };
      expect(at(stepPath(locale, "municipalityCode", beforeMunicipality))).toMatchObject({
        locale,
        intact: true,
        page: { kind: "question", step: "municipalityCode", fromCheck: false },
      });
      expect(at(stepPath(locale, "ageBand", TEACHER_ANSWERS, { fromCheck: true }))?.page).toEqual({
        kind: "question",
        step: "ageBand",
        fromCheck: true,
      });
      expect(at(checkPath(locale, TEACHER_ANSWERS))?.page).toEqual({ kind: "check" });
      expect(at(resultPath(locale, TEACHER_ANSWERS))?.page).toMatchObject({ kind: "result", outcome: { primary: "SSP" } });
    });
  }

  it("sends a question not yet reached, or a result without all answers, to the next question", () => {
    const firstTwo = { acuteDanger: false, crimeSuspected: "no" } as const;
    expect(at(stepPath("da", "ageBand", firstTwo))?.page).toEqual({ kind: "redirect", to: stepPath("da", "concern", firstTwo) });
    expect(at(resultPath("en", firstTwo))?.page).toEqual({ kind: "redirect", to: stepPath("en", "concern", firstTwo) });
  });

  it("shows the call to 112 when someone is in danger, and the resume notice for a tampered link", () => {
    expect(at(resultPath("da", { acuteDanger: true }))?.page).toEqual({ kind: "emergency" });
    expect(at("/resultat?a=9.x1")?.page).toEqual({ kind: "resume" });
  });

  it("knows no page outside the journey", () => {
    for (const path of [
      startPath("da"),
      startPath("en"),
      contactsPath("da", "751"),
      "/trin",
      "/trin/findes-ikke",
      "/trin/alder/mere",
      "/enx/tjek",
    ]) {
      const page = at(path)?.page;
      expect(page === undefined || page.kind === "not-found", path).toBe(true);
    }
  });
});

describe("the locale of a path", () => {
  it("is English under /en and Danish anywhere else", () => {
    expect(localeOfPath("/en")).toEqual({ locale: "en", rest: "/" });
    expect(localeOfPath("/en/trin/alder")).toEqual({ locale: "en", rest: "/trin/alder" });
    expect(localeOfPath("/english")).toEqual({ locale: "da", rest: "/english" });
    expect(localeOfPath("/trin/alder")).toEqual({ locale: "da", rest: "/trin/alder" });
  });
});
