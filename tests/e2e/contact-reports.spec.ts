// A worker reports a wrong or missing contact, with and without JavaScript; the report holds the contact and what is
// wrong, never the answers; it is limited per client; and it reaches a worker's page only as a change an editor
// proposes from it and a second administrator approves.
import type { Browser, Page, Request } from "@playwright/test";
import { expect, LEAN_TRACE, test } from "./support/fixtures";
import { approveChangeBy, signIn, untilCallCardShows } from "./support/admin-browser";
import { TEACHER } from "./support/personas";
import { PORTS } from "@/playwright.config";
import { contactsPath } from "@/lib/directory/paths";
import { reportFormPath, reportSentPath } from "@/lib/directory/reports/paths";
import { resultPath } from "@/lib/journey/paths";

test.use(LEAN_TRACE);

const GLADSAXE_SSP = "39 57 57 05";
const teacherInGladsaxe = resultPath("da", { ...TEACHER.answers, municipalityCode: "159" });

/** The requests of a page that reach the report's form or its handler. */
function reportRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/meld-fejl")) seen.push(request);
  });
  return seen;
}

/** From a teacher's result page in Gladsaxe, reports SSP Gladsaxe's number with a suggested channel and its page. */
async function reportFromResultPage(page: Page, suggestion: { channel: string; source: string }) {
  await page.goto(teacherInGladsaxe);
  const card = page.locator(".call-now");
  await expect(card).toContainText(GLADSAXE_SSP);
  await card.getByRole("link", { name: /Forkert eller mangler der noget\?/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meld en fejl ved en kontakt" })).toBeVisible();
  await expect(page.getByText(/^Det drejer sig om:/)).toContainText(`SSP Gladsaxe, ${GLADSAXE_SSP}`);
  await page.getByLabel("Nummeret eller adressen svarer ikke").check();
  await page.getByLabel("Kender du en bedre kanal? (valgfrit)").fill(suggestion.channel);
  await page.getByLabel("Hvor står kanalen?").fill(suggestion.source);
  await page.getByRole("button", { name: "Send meldingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tak for din melding" })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test(`${javaScriptEnabled ? "with" : "without"} JavaScript, a worker reports a contact from the result page: problems are said at their fields, the form sends the contact and the report only, and the page is unchanged`, async ({
    browser,
  }) => {
    // A client of its own (the app takes X-Forwarded-For from the tests as from a proxy): the database keeps the
    // hour's reports between runs, and five an hour is each client's limit.
    const client = `2001:db8::${javaScriptEnabled ? "1" : "2"}:${Date.now().toString(16)}`;
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": client } });
    const page = await context.newPage();
    const requests = reportRequests(page);
    await page.goto(teacherInGladsaxe);
    await page
      .locator(".call-now")
      .getByRole("link", { name: /Forkert eller mangler der noget\?/ })
      .click();

    // A channel without the page that gives it, and no reason: both said, and what was typed kept.
    await page.getByLabel("Kender du en bedre kanal? (valgfrit)").fill("+45 39 57 57 00");
    await page.getByRole("button", { name: "Send meldingen" }).click();
    const summary = page.getByRole("alert", { name: "Der er et problem" });
    await expect(summary).toContainText("Vælg, hvad der er galt.");
    await expect(summary).toContainText("Skriv webadressen på den side, der viser kanalen");
    if (javaScriptEnabled) await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Fejl: Meld en fejl ved en kontakt/);
    await expect(page.getByLabel("Kender du en bedre kanal? (valgfrit)")).toHaveValue("+45 39 57 57 00");

    await page.getByLabel("Nummeret eller adressen svarer ikke").check();
    await page.getByLabel("Hvor står kanalen?").fill("https://gladsaxe.dk/ssp");
    await page.getByRole("button", { name: "Send meldingen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tak for din melding" })).toBeVisible();
    await expect(page).toHaveURL(reportSentPath("da"));

    // Nothing of the journey reached the report: no answers in an address, the result page not even as the
    // referrer, and a post of four fields.
    for (const request of requests) {
      expect(request.url(), request.url()).not.toMatch(/[?&]a=/);
      expect((await request.headerValue("referer")) ?? "", request.url()).not.toContain("/resultat");
    }
    const posts = requests.filter((request) => request.method() === "POST");
    expect(posts.length).toBeGreaterThanOrEqual(2);
    const allowed = ["reason", "suggestedChannel", "suggestedSource", "target"];
    for (const post of posts) for (const field of new URLSearchParams(post.postData() ?? "").keys()) expect(allowed).toContain(field);

    await page.goto(teacherInGladsaxe);
    await expect(page.locator(".call-now")).toContainText(GLADSAXE_SSP);
    await expect(page.locator("main")).not.toContainText("39 57 57 00");
    await context.close();
  });
}

test("a client that has sent five reports in the hour is told to wait, with Retry-After, and its sixth is not stored", async ({
  request,
}) => {
  const client = { "X-Forwarded-For": `2001:db8::3:${Date.now().toString(16)}`, Origin: `http://127.0.0.1:${PORTS.app}` };
  const form = { target: "contact:ssp-159", reason: "OTHER", suggestedChannel: "", suggestedSource: "" };
  const statuses: number[] = [];
  for (let sent = 0; sent < 6; sent++) {
    const response = await request.post("/kontakter/meld-fejl/send", { headers: client, form, maxRedirects: 0 });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      expect(await response.text()).toContain("For mange meldinger lige nu");
    }
  }
  expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
});

test("every contact on the directory page and in the result's sources leads to the report form", async ({ page }) => {
  await page.goto(contactsPath("da", "159"));
  const contacts = page.locator(".directory-contact");
  expect(await contacts.count()).toBeGreaterThan(3);
  for (const contact of await contacts.all())
    await expect(contact.getByRole("link", { name: /Forkert eller mangler der noget\?/ })).toHaveCount(1);
  await page.goto(teacherInGladsaxe);
  await page.getByText("Kilder og kontrol").click();
  const sources = page.locator("details.sources li").filter({ hasText: "læst " });
  expect(await sources.count()).toBeGreaterThan(2);
  for (const source of await sources.all())
    await expect(source.getByRole("link", { name: /Forkert eller mangler der noget\?/ })).toHaveCount(1);
});

for (const locale of ["da", "en"] as const) {
  test(`the report form, its problems and its receipt in ${locale} have no axe violation`, async ({ page, makeAxeBuilder }) => {
    for (const path of [
      reportFormPath(locale, "contact:ssp-159"),
      reportFormPath(locale, "municipality:163", { fejl: "reason:reason,suggestedChannel:channel", suggestedChannel: "ring til Mette" }),
      reportSentPath(locale),
    ]) {
      await page.goto(path);
      expect(
        (await makeAxeBuilder().analyze()).violations.map((violation) => violation.id),
        path,
      ).toEqual([]);
    }
    await page.goto(reportFormPath(locale, "contact:does-not-exist"));
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText(locale === "da" ? "Meld en fejl" : "Report a problem");
  });
}

test.describe("the loop through the administration", () => {
  const ADMIN_APP = `http://127.0.0.1:${PORTS.appWithAdministrators}`;
  test.use({ baseURL: ADMIN_APP });
  // One after another: both count the reports that wait, and the editor enrols an authenticator in the first.
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  const signedIn = async (browser: Browser, email: string) => {
    const page = await browser.newPage({ baseURL: ADMIN_APP });
    await signIn(page, email);
    return page;
  };

  test("an editor corrects the contact from a report, which reaches workers only once a second administrator approves", async ({
    page,
    browser,
  }) => {
    await reportFromResultPage(page, { channel: "39 57 57 00", source: "https://gladsaxe.dk/ssp-kontakt" });

    const editor = await signedIn(browser, "melding-gladsaxe@example.dk");
    await editor.getByRole("link", { name: "1 melding om dine kontakter venter." }).click();
    const row = editor.getByRole("row").filter({ hasText: "SSP Gladsaxe" });
    await expect(row).toContainText("Nummeret eller adressen svarer ikke");
    await expect(row).toContainText("39 57 57 00");
    await row.getByRole("link", { name: "Ret kontakten: SSP Gladsaxe" }).click();
    await expect(editor.getByLabel("Telefon")).toHaveValue("39 57 57 00");
    await expect(editor.getByTestId("phone-live")).toContainText(GLADSAXE_SSP);
    await expect(editor.getByLabel("Kilde (webadresse)")).toHaveValue("https://gladsaxe.dk/ssp-kontakt");
    await editor.getByRole("button", { name: "Gem" }).click();
    await expect(editor.getByRole("status")).toContainText("Meldingen er markeret som behandlet");
    await expect(editor.getByText("Ingen meldinger venter.")).toBeVisible();

    await page.goto(teacherInGladsaxe);
    await expect(page.locator(".call-now")).toContainText(GLADSAXE_SSP);

    const approver = await signedIn(browser, "melding-national@example.dk");
    await approveChangeBy(approver, "melding-gladsaxe@example.dk");
    await untilCallCardShows(page, teacherInGladsaxe, "39 57 57 00");

    await approver.goto("/admin/revisionslog?handling=reportProposed");
    await expect(approver.getByRole("row").filter({ hasText: "melding-gladsaxe@example.dk" })).toContainText("contact:ssp-159");
    await editor.close();
    await approver.close();
  });

  test("an editor sets a report aside, the reports page is axe-clean in both languages, and the health page counts what waits", async ({
    page,
    browser,
    makeAxeBuilder,
  }) => {
    const worker = await browser.newPage({ baseURL: ADMIN_APP });
    await worker.goto(reportFormPath("da", "municipality:159"));
    await worker.getByLabel("Det er den forkerte enhed").check();
    await worker.getByRole("button", { name: "Send meldingen" }).click();
    await expect(worker.getByRole("heading", { level: 1, name: "Tak for din melding" })).toBeVisible();
    await worker.close();

    await signIn(page, "melding-gladsaxe@example.dk");
    await page.goto("/admin/sundhed");
    await expect(page.getByText("1 melding venter.")).toBeVisible();
    await expect(page.getByText("Ingen har ventet over 90 dage.")).toBeVisible();
    for (const path of ["/en/admin/meldinger", "/admin/meldinger"]) {
      await page.goto(path);
      expect(
        (await makeAxeBuilder().analyze()).violations.map((violation) => violation.id),
        path,
      ).toEqual([]);
    }
    const row = page.getByRole("row").filter({ hasText: "Gladsaxe Kommune" });
    await expect(row).toContainText("rettes i katalogets grunddata");
    await row.getByRole("button", { name: "Læg til side: meldingen om Gladsaxe Kommune" }).click();
    await expect(page.getByRole("status")).toContainText("Meldingen er lagt til side.");
    await expect(page.getByText("Ingen meldinger venter.")).toBeVisible();
  });
});
