// The result page lets a worried person act within ten seconds on a phone: what to do and a link to call
// or write are on the first screen, and the page holds no more than three screens before the folded sources.
import { resultPath, stepPath } from "../../lib/journey/paths";
import { LEAVING_EXTREMISM_ANSWERS, NEIGHBOUR_ANSWERS } from "../helpers/personas";
import { expect, LEAN_TRACE, sharedPageTest as test } from "./support/fixtures";
import { infohouseByEmailOnly, municipalityWithoutSsp, nationalContact, sspFromOldSource } from "./support/directory";
import { PERSONAS, resultPathOf, TEACHER } from "./support/personas";

test.use(LEAN_TRACE);

const PHONE = { width: 375, height: 667 };
const USABLE_LINK = "main a[href^='tel:'], main a[href^='mailto:']";

const INSTRUCTIONS: Record<string, RegExp> = {
  teacher: /^Kontakt SSP i Aarhus Kommune$/,
  "psychiatric nurse": /^Kontakt PSP hos Fyns Politi$/,
  "prison officer": /^Følg Kriminalforsorgens egen procedure ved bekymring$/,
};

for (const persona of PERSONAS) {
  test(`on a phone, the ${persona.name} sees what to do and a link to use on the first screen`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(resultPathOf(persona));
    const instruction = page.locator(".instruction");
    await expect(instruction).toHaveText(INSTRUCTIONS[persona.name]!);
    const figures = await page.evaluate((selector) => {
      const bottom = (element: Element | null) => (element ? element.getBoundingClientRect().bottom + window.scrollY : Infinity);
      const link = document.querySelector(selector);
      const folded = document.querySelector("details.sources");
      return {
        pageHeight: document.documentElement.scrollHeight,
        firstLinkY: link ? Math.round(link.getBoundingClientRect().top + window.scrollY) : null,
        firstLinkBottom: bottom(link),
        instructionBottom: bottom(document.querySelector(".instruction")),
        foldedTop: folded ? folded.getBoundingClientRect().top + window.scrollY : Infinity,
        scrollWidth: document.documentElement.scrollWidth,
        telHeights: [...document.querySelectorAll("a[href^='tel:']")].map((tel) => tel.getBoundingClientRect().height),
      };
    }, USABLE_LINK);
    console.info(
      `${persona.name}: phone page height ${figures.pageHeight}px, first usable link at y ${figures.firstLinkY}px, folded sources at y ${Math.round(figures.foldedTop)}px`,
    );
    expect(figures.instructionBottom).toBeLessThanOrEqual(PHONE.height);
    expect(figures.firstLinkBottom).toBeLessThanOrEqual(PHONE.height);
    expect(figures.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    for (const height of figures.telHeights) expect(height).toBeGreaterThanOrEqual(44);
    expect(figures.foldedTop, "the page before the folded sources").toBeLessThanOrEqual(3 * PHONE.height);
  });
}

test("a body with only an e-mail address shows it without a gap text, with 114 beside it", async ({ page }) => {
  const infohouse = infohouseByEmailOnly();
  await page.goto(resultPath("da", { ...TEACHER.answers, ageBand: "25plus", municipalityCode: infohouse.municipalityCode }));
  const card = page.locator(".call-now");
  await expect(card.getByRole("link", { name: `Skriv til ${infohouse.email}` })).toHaveAttribute("href", `mailto:${infohouse.email}`);
  await expect(card.getByRole("link", { name: "114" })).toHaveAttribute("href", "tel:114");
  await expect(page.getByText("Vi kender ikke et direkte nummer til Infohuset")).toHaveCount(0);
});

test("without an SSP contact of its own, the card says so and offers the municipality's switchboard and website", async ({ page }) => {
  const place = municipalityWithoutSsp({ switchboard: true });
  await page.goto(resultPath("da", { ...TEACHER.answers, municipalityCode: place.code }));
  const card = page.locator(".call-now");
  await expect(card).toContainText(`Vi kender ikke et direkte nummer til SSP i ${place.name}`);
  await expect(card).toContainText("Ring til kommunens hovednummer, og spørg efter SSP.");
  await expect(card.getByRole("link", { name: `Ring ${place.phone}` })).toHaveAttribute("href", `tel:${place.phone!.replace(/ /g, "")}`);
  await expect(card.getByRole("link", { name: /^Gå til .+ side$/ })).toHaveAttribute("href", place.website);
});

test("without an SSP contact or a switchboard number, the card says so and offers the hotline", async ({ page }) => {
  const place = municipalityWithoutSsp({ switchboard: false });
  await page.goto(resultPath("da", { ...TEACHER.answers, municipalityCode: place.code }));
  const card = page.locator(".call-now");
  await expect(card).toContainText(`Vi kender ikke et direkte nummer til SSP i ${place.name}`);
  await expect(card.getByRole("link", { name: "Ring 41 74 90 90" })).toHaveAttribute("href", "tel:41749090");
  await expect(page.getByText(/Åbningstid: Ikke oplyst/)).toHaveCount(0);
});

test("a school's general prevention, with no contact for STUK, goes to the prevention centre's advisory team by phone", async ({
  page,
}) => {
  const cde = nationalContact("cde");
  await page.goto(resultPath("da", { acuteDanger: false, crimeSuspected: "no", concern: "general_prevention", workplace: "education" }));
  const card = page.locator(".call-now");
  // The number is the advisory team's line for municipalities: the card says whom to ask for.
  await expect(card).toContainText(`${cde.nameDa}: Spørg efter ${cde.askForDa}.`);
  await expect(card.getByRole("link", { name: `Ring ${cde.phone}` })).toBeVisible();
  await expect(card).not.toContainText("hovednummer");
});

test("the result page names no rule of the model, folded sections included", async ({ page }) => {
  for (const persona of PERSONAS) {
    await page.goto(resultPathOf(persona));
    for (const summary of await page.locator("details summary").all()) await summary.click();
    expect(await page.locator("main").innerText(), persona.name).not.toMatch(/\bR\d[a-f]?\b/);
  }
});

test("a contact whose source is more than two years old says so beside it, with the year", async ({ page }) => {
  const old = sspFromOldSource();
  await page.goto(resultPath("da", { ...TEACHER.answers, municipalityCode: old.municipalityCode }));
  await expect(page.locator(".call-now")).toContainText(`Fundet i en kilde fra ${old.sourceDate!.slice(0, 4)} – tjek før brug.`);
  await page.locator("details.sources summary").click();
  await expect(page.locator("details.sources")).toContainText(/kilden er fra .*\d{4}, læst \d+\. \w+ \d{4} Tjek før brug/);
});

test("the first step inside the worker's own organisation follows the role", async ({ page }) => {
  await page.goto(resultPathOf(TEACHER));
  await expect(page.getByRole("heading", { level: 2, name: "Det gør du først" }).locator("+ ul")).toContainText("SSP-kontaktperson");
  await page.goto(resultPath("da", NEIGHBOUR_ANSWERS));
  await expect(page.locator(".instruction")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Det gør du først" }).locator("+ ul")).toContainText(
    "Hotline mod radikalisering",
  );
  await expect(page.locator("main")).not.toContainText("arbejdsplads");
  await expect(page.locator("main")).not.toContainText("sagssystem");
});

test("a social worker's municipality is named as their own radicalisation contact", async ({ page }) => {
  await page.goto(resultPath("da", { ...TEACHER.answers, workplace: "social_services", ageBand: "25plus" }));
  await expect(page.locator(".contact-list").first()).toContainText("Din kommunes kontaktperson for radikalisering");
});

test("PET is explained, not offered as a contact, to someone leaving an extremist group", async ({ page }) => {
  await page.goto(resultPath("da", LEAVING_EXTREMISM_ANSWERS));
  const pet = page.locator(".contact-list li").filter({ hasText: "PET" });
  await expect(pet).toContainText("kontaktes ikke direkte, men gennem politiet og Infohuset");
  await expect(pet.getByRole("link")).toHaveCount(0);
});

test("København is written in the genitive", async ({ page }) => {
  await page.goto(resultPath("da", { ...TEACHER.answers, municipalityCode: "101" }));
  await expect(page.locator(".instruction")).toHaveText("Kontakt SSP i Københavns Kommune");
  await page.goto(resultPath("en", { ...TEACHER.answers, municipalityCode: "101" }));
  await expect(page.locator(".instruction")).toHaveText("Contact SSP in City of Copenhagen");
});

test("the 112 page has the call and nothing that competes with it, and goes on when the danger is over", async ({ page }) => {
  await page.goto(resultPath("da", { acuteDanger: true }));
  await expect(page.locator("main").getByRole("link", { name: "Ring 112", exact: true })).toHaveAttribute("href", "tel:112");
  for (const absent of ["Begrundelse", "Dine pligter", "Det skal du notere", "Altid til rådighed", "Notat til dig selv"]) {
    await expect(page.getByText(absent)).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: /Udskriv/ })).toHaveCount(0);
  await expect(page.locator(".print-only")).toHaveCount(0);
  await page.getByRole("link", { name: "Når faren er overstået" }).click();
  await expect(page).toHaveURL(stepPath("da", "crimeSuspected", { acuteDanger: false }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/forbrydelse/);
});

test("on a phone, the call to 112 is the largest call button of the app, and says what it does", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const area = async (link: ReturnType<typeof page.locator>) => {
    const box = (await link.boundingBox())!;
    return { area: box.width * box.height, height: box.height, bottom: box.y + box.height };
  };
  await page.goto(resultPath("da", { acuteDanger: true }));
  const emergency = await area(page.locator("main").getByRole("link", { name: "Ring 112", exact: true }));
  expect(emergency.bottom).toBeLessThanOrEqual(PHONE.height);
  for (const persona of PERSONAS) {
    await page.goto(resultPathOf(persona));
    for (const link of await page.locator("main a.button").all()) {
      const other = await area(link);
      expect(emergency.area, `${persona.name}: ${await link.innerText()}`).toBeGreaterThan(other.area);
      expect(emergency.height, `${persona.name}: ${await link.innerText()}`).toBeGreaterThan(other.height);
    }
  }
  await page.goto(resultPath("en", { acuteDanger: true }));
  await expect(page.locator("main").getByRole("link", { name: "Call 112", exact: true })).toHaveAttribute("href", "tel:112");
});

test("every fold of the result page shows a marker that says it opens, and turns when it is open, by mouse or keyboard", async ({
  page,
}) => {
  await page.goto(resultPathOf(TEACHER));
  const marker = (summary: ReturnType<typeof page.locator>) => summary.evaluate((element) => getComputedStyle(element, "::before").content);
  const summaries = await page.locator("main details > summary").all();
  expect(summaries.length).toBeGreaterThanOrEqual(3);
  for (const summary of summaries) {
    expect(await marker(summary), await summary.innerText()).toContain("▸");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(summary.locator("xpath=..")).toHaveAttribute("open", "");
    expect(await marker(summary), await summary.innerText()).toContain("▾");
  }
});

test("the banner on every page is a link that calls 112", async ({ page }) => {
  for (const url of ["/", resultPathOf(TEACHER), "/en"]) {
    await page.goto(url);
    await expect(page.locator(".emergency-banner a")).toHaveAttribute("href", "tel:112");
  }
});

test("no Danish result page shows the research notes' English", async ({ page }) => {
  for (const persona of PERSONAS) {
    await page.goto(resultPathOf(persona));
    await page.locator("details.sources summary").click();
    const text = await page.locator("main").innerText();
    for (const english of ["kommunekodeliste", "django", "third-party", "Code and name", "Public pages", "Regel:"]) {
      expect(text, `${persona.name}: ${english}`).not.toContain(english);
    }
    await expect(page.locator("details.sources")).toContainText(/kontrolleret \d+\. \w+ \d{4}/);
  }
});

test("the printed note is the worker's own, with the answers that led to it", async ({ page }) => {
  await page.goto(resultPathOf(TEACHER));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("Notat til dig selv", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Dine svar" })).toBeVisible();
  const answers = page.locator(".summary-compact");
  await expect(answers).toBeVisible();
  await expect(answers).toContainText("Hvor gammel er personen?");
  await expect(answers).toContainText("Under 18 år");
  await expect(answers).toContainText("Aarhus");
  await page.emulateMedia({ media: null });
});

test("a prison officer helping an adult out of a gang gets no radicalisation procedure, no KSP and no address for children", async ({
  page,
}) => {
  await page.goto("/resultat?a=1.d1.c1.k3.w3.a2.m615");
  const firstSteps = page.getByRole("heading", { level: 2, name: "Det gør du først" }).locator("+ ul");
  await expect(firstSteps).not.toContainText("radikalisering");
  await expect(page.locator("main")).not.toContainText("KSP");
  await expect(page.locator("main")).not.toContainText("familieafdelingen@horsens.dk");
  const municipality = page.locator(".contact-list li").filter({ hasText: "Kommunen" });
  await expect(municipality.getByRole("link", { name: "76 29 29 29" })).toHaveAttribute("href", "tel:76292929");
  await expect(page.locator(".call-now .call-now-name")).toHaveText("Ring til politiet på 114, og spørg efter exitkontaktpunktet.");
  await expect(page.locator("main")).not.toContainText("Politiet, Politiet");
});

test("a private person worried about a child is told whom to notify, beside the duty", async ({ page }) => {
  await page.goto("/resultat?a=1.d1.c1.k0.w6.a0.m851");
  const duty = page.locator("section.legal-basis").filter({ hasText: "Almindelig underretningspligt" });
  await expect(duty.locator(".notify-action")).toContainText("Underret Aalborg Kommune");
  await expect(duty.getByRole("link", { name: "Gå til Aalborg Kommunes side" })).toHaveAttribute(
    "href",
    "https://sundhedstilbud.aalborg.dk/underretning-om-boern-og-unge/",
  );
  await expect(duty).toContainText("vanrøgt");
});

test("a status the worker does not know is said at the contact it adds", async ({ page }) => {
  await page.goto(
    resultPath("da", { ...TEACHER.answers, workplace: "social_services", inPrisonOrProbation: "unknown", ageBand: "25plus" }),
  );
  await expect(page.locator(".contact-list li").filter({ hasText: "KSP" })).toContainText(
    "Hvis det viser sig, at personen er i Kriminalforsorgens varetægt: KSP",
  );
});
