// Three frontline workers and how they answer, written from the domain (not from the app's output):
// each answer is the question as asked and the label the worker chooses.
import { municipality } from "./directory";
import type { Page } from "@playwright/test";
import { resultPath } from "../../../lib/journey/paths";
import type { Answers } from "../../../machines/vocabulary";
import { NURSE_ANSWERS, PRISON_OFFICER_ANSWERS, TEACHER_ANSWERS, TEACHER_SUSPECTING_A_CRIME_ANSWERS } from "../../helpers/personas";
import { CheckPage, expect, QuestionPage, ResultPage, StartPage, type InputMode } from "./fixtures";

export type Answer = { question: string; label: string };

export type Persona = {
  name: string;
  /** The question pages in the order the worker meets them, and what the worker chooses. */
  steps: Answer[];
  /** The answers the worker's role gives, as check your answers shows them (with their note). */
  fromRole?: Answer[];
  /** The same answers in the app's vocabulary, for specs that start at the result page. */
  answers: Answers;
  expectResult: (result: ResultPage) => Promise<void>;
};

const q = {
  dangerOrCrime: "Er nogen i fare lige nu, eller har du mistanke om en forbrydelse?",
  concern: "Hvad handler din bekymring om?",
  workplace: "Hvordan kender du personen?",
  status: "Er personen i Kriminalforsorgens varetægt eller i psykiatrisk behandling?",
  prison: "Er personen i fængsel, varetægtsfængslet eller under tilsyn af Kriminalforsorgen, eller skal personen snart løslades?",
  psychiatry: "Er personen i psykiatrisk behandling?",
  age: "Hvor gammel er personen?",
  municipality: "I hvilken kommune bor personen?",
  advice: "Vil du have råd først, eller vil du give din bekymring videre nu?",
} as const;

export const QUESTIONS = q;

/** What check your answers says under an answer the role gave. */
export const FROM_ROLE = "Udfyldt ud fra, hvordan du kender personen";

const start: Answer[] = [
  { question: q.dangerOrCrime, label: "Nej, ingen af delene" },
  { question: q.concern, label: "Tegn på radikalisering hos en bestemt person" },
];
const passOnNow: Answer = { question: q.advice, label: "Jeg vil give bekymringen videre nu" };

/** A teacher worried about a pupil under 18: SSP of the pupil's municipality, and the duty to notify. */
export const TEACHER: Persona = {
  name: "teacher",
  steps: [
    ...start,
    { question: q.workplace, label: "Gennem mit arbejde i skole, dagtilbud eller uddannelse" },
    { question: q.status, label: "Ingen af delene" },
    { question: q.age, label: "Under 18 år" },
    { question: q.municipality, label: "Aarhus" },
    passOnNow,
  ],
  answers: TEACHER_ANSWERS,
  expectResult: async (result) => {
    await expect(result.heading).toHaveText("Kontakt SSP i Aarhus Kommune");
    await expect(result.primary.getByRole("heading", { level: 2 })).toHaveText(/^SSP\b/);
    // The directory has no SSP contact of its own for Aarhus: the card says so and offers the switchboard.
    const aarhus = municipality("751");
    await expect(result.primary.getByRole("link", { name: "Gå til Aarhus Kommunes side" })).toHaveAttribute("href", aarhus.website);
    await expect(result.primary).toContainText("Vi kender ikke et direkte nummer til SSP i Aarhus Kommune");
    await expect(result.primary.getByRole("link", { name: `Ring ${aarhus.phone}` })).toBeVisible();
    await expect(result.duty("Skærpet underretningspligt")).toBeVisible();
    await expect(result.duty("Skærpet underretningspligt")).toContainText("under 18");
  },
};

/** A psychiatric nurse worried about a patient: PSP via the police district, and the health-disclosure rule. */
export const NURSE: Persona = {
  name: "psychiatric nurse",
  steps: [
    ...start,
    { question: q.workplace, label: "Gennem mit arbejde i psykiatrien" },
    { question: q.prison, label: "Nej" },
    { question: q.age, label: "25 år eller ældre" },
    { question: q.municipality, label: "Odense" },
    passOnNow,
  ],
  fromRole: [{ question: q.psychiatry, label: "Ja" }],
  answers: NURSE_ANSWERS,
  expectResult: async (result) => {
    await expect(result.primary.getByRole("heading", { level: 2 })).toHaveText(/^PSP\b/);
    await expect(result.primary).toContainText("Fyns Politi");
    const disclosure = result.duty("Videregivelse af helbredsoplysninger uden samtykke");
    await expect(disclosure).toBeVisible();
    await expect(disclosure).toContainText(/sundhedsloven §\s43/i);
  },
};

/** A prison officer worried about an inmate: Kriminalforsorgen's own procedure first, KSP also. */
export const PRISON_OFFICER: Persona = {
  name: "prison officer",
  steps: [
    ...start,
    { question: q.workplace, label: "Gennem mit arbejde i Kriminalforsorgen" },
    { question: q.age, label: "25 år eller ældre" },
    { question: q.municipality, label: "København" },
    passOnNow,
  ],
  fromRole: [{ question: q.status, label: "I Kriminalforsorgens varetægt" }],
  answers: PRISON_OFFICER_ANSWERS,
  expectResult: async (result) => {
    await expect(result.primary.getByRole("heading", { level: 2 })).toHaveText(/^Kriminalforsorgens egen procedure ved bekymring/);
    const ksp = result.alsoBody(/^KSP\b/);
    await expect(ksp).toHaveCount(1);
    await expect(ksp).toContainText("Københavns Politi");
  },
};

export const PERSONAS = [TEACHER, NURSE, PRISON_OFFICER];

/** A short whole journey: a teacher who suspects a pupil of planning a crime goes to the police, with SSP also. */
export const TEACHER_SUSPECTING_A_CRIME: Persona = {
  name: "teacher who suspects a crime",
  steps: [
    { question: q.dangerOrCrime, label: "Ja, jeg har mistanke om en forbrydelse" },
    { question: q.workplace, label: "Gennem mit arbejde i skole, dagtilbud eller uddannelse" },
    { question: q.age, label: "Under 18 år" },
    { question: q.municipality, label: "Aarhus" },
  ],
  answers: TEACHER_SUSPECTING_A_CRIME_ANSWERS,
  expectResult: async (result) => {
    await expect(result.primary.getByRole("heading", { level: 2 })).toHaveText("Politiet");
    await expect(result.alsoBody(/^SSP\b/)).toHaveCount(1);
    // A pupil under 18 suspected of planning a crime: the teacher's duty to notify still applies.
    await expect(result.duty("Skærpet underretningspligt")).toBeVisible();
  },
};

export const resultPathOf = (persona: Persona) => resultPath("da", persona.answers);

/** Checks what every result page must show, whoever the worker is. */
export async function expectResultBasics(result: ResultPage): Promise<void> {
  await result.verifyOnPage();
  // The reasons, the sources and their dates are folded away at the end of the page.
  const folded = result.page.locator("details.sources");
  await expect(
    folded.getByRole("heading", { level: 2, name: "Begrundelse", includeHidden: true }).locator("+ ul > li").first(),
  ).toBeAttached();
  await expect(result.page.getByRole("heading", { level: 2, name: "Dine pligter og de regler, der gælder" })).toBeVisible();
  for (const phone of ["112", "114", "41 74 90 90"]) {
    await expect(result.always.getByRole("link", { name: phone, exact: true })).toHaveAttribute("href", `tel:${phone.replace(/ /g, "")}`);
  }
  await expect(folded).toContainText(/kontrolleret \d+\. \w+ \d{4}/);
  // Opening hours are shown where the sources give them, and left out where they do not.
  await expect(result.always.filter({ hasText: "Hotline" })).toContainText("Alle dage kl. 8–22");
  await expect(result.page.getByText("Ikke oplyst i vores kilder")).toHaveCount(0);
}

/**
 * Walks the persona's whole journey from the start page through the UI, confirms the
 * check page and lands on the result.
 */
export async function walkJourney(page: Page, persona: Persona, mode: InputMode): Promise<ResultPage> {
  await page.goto("/");
  await new StartPage(page, mode).start();
  const question = new QuestionPage(page, mode);
  for (const [index, { question: text, label }] of persona.steps.entries()) {
    await question.verifyOnPage(text);
    await expect(question.progress).toHaveText(new RegExp(`^Spørgsmål ${index + 1} af højst \\d+$`));
    await question.answer(label);
    await question.continue();
  }
  const check = new CheckPage(page, mode);
  await check.verifyOnPage();
  const shown = [
    ...persona.steps,
    ...(persona.fromRole ?? []).map(({ question: text, label }) => ({ question: text, label: `${label}\n${FROM_ROLE}` })),
  ];
  expect(await check.answers()).toEqual(Object.fromEntries(shown.map(({ question: text, label }) => [text, label])));
  await check.confirm();
  const result = new ResultPage(page);
  await expectResultBasics(result);
  return result;
}
