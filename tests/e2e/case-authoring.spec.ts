// A trainer writes a training case from scratch: the engine's route beside the expected one, a save refused while
// they disagree, a preview only its author sees, publishing to the municipality's cases, a trainee walking it with
// and without JavaScript, a room voting on it, and case packs that go out and come back unchanged. Anyone but a
// trainer or a national administrator is refused the editor.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expect, LEAN_TRACE, QuestionPage, test } from "./support/fixtures";
import { signIn } from "./support/admin-browser";
import { journeyOf } from "@/lib/journey/journey";
import { answeredPages } from "@/lib/journey/question-pages";
import { stepDefinition } from "@/lib/journey/steps";
import { dutyTitle } from "@/lib/legal/legal-basis";
import { casePackSchema } from "@/lib/training/authoring/case-pack";
import { joinPath, roomStartPath, scenarioPath, trainingPath } from "@/lib/training/paths";
import type { Answers, BodyKey, DutyKey } from "@/machines/vocabulary";
import { PORTS } from "@/playwright.config";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };

test.use({ ...LEAN_TRACE, baseURL: `http://127.0.0.1:${PORTS.appWithAdministrators}` });
test.describe.configure({ mode: "serial", timeout: 120_000 });

const TRAINER = "underviser-gladsaxe@example.dk";
const OTHER_TRAINER = "underviser-aarhus@example.dk";
const EDITOR = "redaktoer-gladsaxe@example.dk";
const TITLE = "En elev på Gladsaxe Gymnasium deler voldelig propaganda";
const SLUG = "en-elev-paa-gladsaxe-gymnasium-deler-voldelig-propaganda";
const NARRATIVE =
  "Du er lærer på et gymnasium i Gladsaxe. En elev på 16 år viser klassekammerater videoer, der kalder vold den eneste løsning. Han har trukket sig fra sine venner.";
// A 16-year-old pupil in Gladsaxe: SSP first, then the Info-House and the municipality, with the duty to notify.
const ANSWERS: Answers = {
  acuteDanger: false,
  crimeSuspected: "no",
  concern: "radicalisation",
  inPrisonOrProbation: false,
  inPsychiatricTreatment: false,
  ageBand: "under18",
  municipalityCode: "159",
  adviceFirst: false,
};
const EXPECTED = { primary: "SSP", also: ["INFOHOUSE", "MUNICIPALITY"], duties: ["NOTIFY_MUNICIPALITY", "SHARING_115"] } as const;
const texts = da.caseAuthoring.editor;
const cases = da.admin.cases;
const body = (key: BodyKey) => da.bodies[key];

/** Fills the editor with the case, expecting `primary` as the first contact. */
async function writeCase(page: Page, primary: BodyKey) {
  await page.getByLabel(texts.fields.titleDa).fill(TITLE);
  await page.getByLabel(texts.fields.teaserDa).fill("En lærer ser en 16-årig vise videoer, der hylder vold.");
  // A phone number in the narrative: the editor warns and still saves.
  await page.getByLabel(texts.fields.narrativeDa).fill(`${NARRATIVE} Hans far har skrevet sit nummer, 23 45 67 89, på en seddel.`);
  await page.getByLabel(texts.fields.workplace).selectOption("education");
  for (const [step, answer] of Object.entries(ANSWERS) as [keyof Answers, unknown][]) {
    const definition = stepDefinition(step);
    await page.getByLabel(definition.question.da, { exact: true }).selectOption(definition.valueIn({ [step]: answer })!);
  }
  await page.getByLabel(texts.fields.primary).selectOption(primary);
  for (const also of EXPECTED.also)
    await page.getByRole("group", { name: texts.fields.also }).getByLabel(body(also), { exact: true }).check();
  for (const duty of EXPECTED.duties) await page.getByLabel(dutyTitle(duty as DutyKey, "da"), { exact: true }).check();
  await page
    .getByLabel(texts.fields.learningPointsDa)
    .fill("SSP er det første sted for en bekymring om et barn.\nUnderretningspligten gælder.");
  await page.getByLabel(texts.fields.discussionQuestionsDa).fill("Hvem på jeres skole taler med SSP?");
  await page.getByLabel(`${texts.sourceRow.replace("{number}", "1")}, ${texts.fields.url}`).fill("https://www.gladsaxe.dk/ssp");
  await page.getByLabel(`${texts.sourceRow.replace("{number}", "1")}, ${texts.fields.shownAt}`).fill("2026-11-01");
  await page.getByLabel(`${texts.sourceRow.replace("{number}", "1")}, ${texts.fields.noteDa}`).fill("SSP i Gladsaxe");
}

/** Answers the case's questions as the case says, from its first page to the guess, and guesses SSP. */
async function walkAndGuess(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await page.getByRole("link", { name: da.training.start }).click();
  const questions = new QuestionPage(page);
  const journey = journeyOf({ ...ANSWERS, workplace: "education" });
  for (const { definition } of answeredPages(journey).filter((asked) => !asked.fromRole)) {
    const value = definition.valueIn(journey.answers);
    await questions.answerAndContinue(definition.question.da, definition.options.find((option) => option.value === value)!.label.da);
  }
  await page
    .getByRole("group", { name: da.training.guessFirst })
    .getByRole("radio", { name: body("SSP"), exact: true })
    .check();
  await page.getByRole("button", { name: da.training.guessSubmit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(da.training.revealTitle);
  await expect(page.getByText(`Rigtigt: ${body("SSP")} er også modellens første kontakt.`)).toBeVisible();
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: `http://127.0.0.1:${PORTS.appWithAdministrators}` })).newPage();
  await signIn(page, email);
  return page;
}

test("a trainer writes a case, sees it refused while it disagrees with the engine, previews and publishes it", async ({
  page,
  browser,
}) => {
  await signIn(page, TRAINER);
  await expect(page.getByRole("navigation").getByRole("link", { name: da.admin.nav.cases })).toBeVisible();
  await page.getByRole("link", { name: da.admin.home.casesLink }).click();
  await page.getByRole("link", { name: cases.newCase }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cases.newTitle);

  await writeCase(page, "POLICE");
  await page.getByRole("button", { name: texts.check }).click();
  const engine = page.getByTestId("engine-route");
  await expect(engine).toContainText(da.caseAuthoring.engine.disagrees);
  await expect(engine.getByTestId("engine-primary")).toContainText(`${body("POLICE")}${body("SSP")}${da.caseAuthoring.engine.differs}`);
  await expect(engine.getByTestId("engine-also")).toContainText(da.caseAuthoring.engine.agreesShort);
  await expect(page.getByTestId("privacy-warnings")).toContainText("»23 45 67 89«");

  await page.getByRole("button", { name: texts.save }).click();
  await expect(page.getByRole("alert").filter({ hasText: texts.notices.disagrees })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sager\/ny$/);
  await expect(page.getByLabel(texts.fields.titleDa)).toHaveValue(TITLE);

  await page.getByLabel(texts.fields.primary).selectOption("SSP");
  await page.getByRole("button", { name: texts.save }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/sager/${SLUG}\\?besked=sag-skrevet$`));
  await expect(page.getByRole("status").filter({ hasText: da.admin.notices["sag-skrevet"] })).toBeVisible();
  await expect(page.getByTestId("case-about")).toContainText(cases.status.draft);
  await expect(page.getByTestId("engine-route")).toContainText(da.caseAuthoring.engine.agrees);

  // The draft is the author's: a trainee, and another trainer, find nothing at its address.
  const stranger = await (await browser.newContext({ baseURL: `http://127.0.0.1:${PORTS.appWithAdministrators}` })).newPage();
  expect((await stranger.goto(scenarioPath("da", SLUG)))!.status()).toBe(404);
  const other = await signedIn(browser, OTHER_TRAINER);
  expect((await other.goto(scenarioPath("da", SLUG)))!.status()).toBe(404);
  expect((await other.goto(`/admin/sager/${SLUG}`))!.status()).toBe(403);

  await page.getByRole("link", { name: cases.previewLink }).click();
  await expect(page.getByTestId("preview-banner")).toBeVisible();
  // A draft runs in no room, and the preview leads back to the case.
  await expect(page.getByRole("link", { name: da.training.roomWithCase })).toHaveCount(0);
  await expect(page.getByTestId("preview-banner").getByRole("link", { name: da.training.previewBack })).toHaveAttribute(
    "href",
    `/admin/sager/${SLUG}`,
  );
  await walkAndGuess(page, scenarioPath("da", SLUG));

  await page.goto(`/admin/sager/${SLUG}`);
  await page.getByRole("button", { name: cases.publish }).click();
  await expect(page.getByRole("status").filter({ hasText: da.admin.notices["sag-offentliggjort"] })).toBeVisible();
  await expect(page.getByTestId("case-about")).toContainText(cases.status.published);

  await stranger.goto(trainingPath("da", { area: "159" }));
  await expect(stranger.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(stranger.getByText("Lokal sag fra Gladsaxe")).toBeVisible();
  await stranger.goto(trainingPath("da", { area: "landsdaekkende" }));
  await expect(stranger.getByRole("link", { name: TITLE })).toHaveCount(0);
  await stranger.context().close();
  await other.context().close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`a trainee walks the published case, guesses and sees the answer ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, baseURL: `http://127.0.0.1:${PORTS.appWithAdministrators}` });
    const trainee = await context.newPage();
    await walkAndGuess(trainee, scenarioPath("da", SLUG));
    await expect(trainee.getByTestId("preview-banner")).toHaveCount(0);
    // Written in Danish only: the English page shows the Danish text and says so.
    await trainee.goto(scenarioPath("en", SLUG));
    await expect(trainee.getByText(en.training.untranslated)).toBeVisible();
    await expect(trainee.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "da");
    await context.close();
  });
}

test("the local case's pages are axe-clean in both languages, the Danish text marked as Danish on the English ones", async ({
  page,
  makeAxeBuilder,
}) => {
  for (const path of [
    trainingPath("da", { area: "159" }),
    scenarioPath("da", SLUG),
    trainingPath("en", { area: "159" }),
    scenarioPath("en", SLUG),
  ]) {
    await page.goto(path);
    expect((await makeAxeBuilder().analyze()).violations, path).toEqual([]);
  }
  await expect(page.locator(".font-lead")).toHaveAttribute("lang", "da");
});

test("without JavaScript the editor checks a case against the engine and keeps what was typed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `http://127.0.0.1:${PORTS.appWithAdministrators}` });
  const page = await context.newPage();
  await signIn(page, TRAINER);
  await page.goto("/admin/sager/ny");
  await writeCase(page, "POLICE");
  await page.getByRole("button", { name: texts.check }).click();
  await expect(page.getByTestId("engine-route").getByTestId("engine-primary")).toContainText(
    `${body("POLICE")}${body("SSP")}${da.caseAuthoring.engine.differs}`,
  );
  await expect(page.getByLabel(texts.fields.titleDa)).toHaveValue(TITLE);
  await expect(page.getByLabel(texts.fields.primary)).toHaveValue("POLICE");
  await page.getByRole("button", { name: texts.save }).click();
  await expect(page.getByText(texts.notices.disagrees)).toBeVisible();
  await context.close();
});

test("a room votes on the case and its summary downloads", async ({ page, browser }) => {
  await page.goto(roomStartPath("da", SLUG));
  await page.getByRole("button", { name: da.trainingRoom.start.submit }).click();
  const code = (await page.getByTestId("join-code").innerText()).trim();
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(`http://127.0.0.1:${PORTS.appWithAdministrators}${joinPath("da", code)}`);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await phone.getByRole("radio", { name: body("SSP"), exact: true }).check();
  await phone.getByRole("button", { name: da.trainingRoom.vote.submit }).click();
  await expect(phone.getByRole("heading", { name: da.trainingRoom.vote.counted })).toBeVisible();
  await phone.context().close();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: da.trainingRoom.summary.csvLink }).click(),
  ]);
  const rows: string[][] = parse(await readFile(await download.path(), "utf8"), { bom: true });
  expect(rows).toContainEqual([da.trainingRoom.summary.csv.case, TITLE, ""]);
  expect(rows).toContainEqual([da.trainingRoom.summary.questions.first, body("SSP"), "1"]);
});

test("a case pack exports the case and imports back unchanged, and a broken pack changes nothing", async ({ page }) => {
  await signIn(page, TRAINER);
  await page.goto("/admin/sager");
  await page.getByRole("checkbox", { name: cases.chooseLabel.replace("{title}", TITLE) }).check();
  const [exported] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: cases.exportButton }).click()]);
  const text = await readFile(await exported.path(), "utf8");
  const pack = casePackSchema.parse(JSON.parse(text));
  expect(pack.cases.map((item) => item.title.da)).toEqual([TITLE]);

  const broken = { ...pack, cases: [{ ...pack.cases[0]!, expected: { ...pack.cases[0]!.expected, primary: "POLICE" } }] };
  await page
    .getByLabel(cases.importLabel)
    .setInputFiles({ name: "sager.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: cases.importButton }).click();
  await expect(page.getByTestId("pack-problems")).toContainText(`Sag 1, expected: ${da.caseAuthoring.packProblems.disagreesWithEngine}`);
  await expect(page.getByTestId("own-cases").getByRole("row")).toHaveCount(2);

  await page.getByLabel(cases.importLabel).setInputFiles({ name: "sager.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: cases.importButton }).click();
  await expect(page.getByRole("status").filter({ hasText: da.admin.notices["sager-importeret"] })).toBeVisible();
  await expect(page.getByTestId("own-cases").getByRole("row")).toHaveCount(3);
  const copy = page.getByTestId("own-cases").getByRole("row").filter({ hasText: cases.status.draft });
  await expect(copy).toHaveCount(1);

  const [again] = await Promise.all([
    page.waitForEvent("download"),
    page.goto(`/admin/sager/pakke.json?sag=${SLUG}-2`).catch(() => undefined),
  ]);
  const imported = casePackSchema.parse(JSON.parse(await readFile(await again.path(), "utf8")));
  expect(imported.cases).toEqual([{ ...pack.cases[0]!, slug: `${SLUG}-2` }]);
});

test("a municipality editor is refused the editor, the case list and case packs", async ({ page }) => {
  await signIn(page, EDITOR);
  await expect(page.getByRole("link", { name: da.admin.nav.cases, exact: true })).toHaveCount(0);
  for (const path of ["/admin/sager", "/admin/sager/ny", `/admin/sager/${SLUG}`]) expect((await page.goto(path))!.status(), path).toBe(403);
  expect((await page.request.get(`/admin/sager/pakke.json?sag=${SLUG}`)).status()).toBe(403);
  const copy = await page.request.post("/admin/handling/kopier-sag", {
    form: { slug: SLUG },
    headers: { Origin: `http://127.0.0.1:${PORTS.appWithAdministrators}` },
  });
  expect(copy.status()).toBe(403);
});

for (const locale of ["da", "en"] as const) {
  test(`the case pages are axe-clean (${locale})`, async ({ page, makeAxeBuilder }) => {
    await signIn(page, TRAINER);
    const prefix = locale === "da" ? "" : "/en";
    for (const path of [`${prefix}/admin/sager`, `${prefix}/admin/sager/${SLUG}`, `${prefix}/admin/sager/ny`]) {
      await page.goto(path);
      expect((await makeAxeBuilder().analyze()).violations, path).toEqual([]);
    }
    await page.getByRole("button", { name: (locale === "da" ? da : en).caseAuthoring.editor.save }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations, "the editor with its problems").toEqual([]);
  });
}
