// The public directory: a worker who already knows whom they need picks a municipality and sees every body
// that serves it, each with its contact, the page it comes from and the date that page shows.
import { PORTS } from "../../playwright.config";
import { contactsPath } from "../../lib/directory/paths";
import { resultPath } from "../../lib/journey/paths";
import { infohouseOf, municipality, sspFromOldSource } from "./support/directory";
import { expect, LEAN_TRACE, test } from "./support/fixtures";
import { TEACHER } from "./support/personas";
import { smallTapTargets } from "./support/tap-targets";

test.use(LEAN_TRACE);

const SILKEBORG = "740";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("choosing a municipality shows every body that serves it, with the unit's own Info-House first", async ({ page }) => {
    await page.goto(contactsPath("da"));
    await page.getByLabel("Kommune").selectOption({ label: "Silkeborg" });
    await page.getByRole("button", { name: "Vis kontakter" }).click();
    await expect(page).toHaveURL(contactsPath("da", SILKEBORG));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakter i Silkeborg Kommune");
    await expect(page.getByText("Kommunen hører til Midt- og Vestjyllands Politi.")).toBeVisible();
    const headings = page.locator("main h3");
    await expect(headings).toHaveText([
      "SSP – skole, socialforvaltning og politi",
      "Infohuset i politikredsen",
      "Kommunen",
      "Politiet",
      "PSP – psykiatri, socialforvaltning og politi",
      "KSP – Kriminalforsorgen, socialforvaltning og politi",
      "Hotline mod radikalisering",
      "VISO – specialrådgivning i komplekse sager",
      "Center for Dokumentation og Indsats mod Ekstremisme",
    ]);
    const infohouse = page.getByRole("region", { name: "Infohuset i politikredsen" });
    const own = infohouseOf(SILKEBORG)!;
    await expect(infohouse.locator(".directory-contact").first()).toContainText(own.nameDa);
    await expect(infohouse.getByRole("link", { name: `Ring ${own.phone}` })).toHaveAttribute("href", `tel:${own.phone!.replace(/ /g, "")}`);
  });
});

test("every contact says where it comes from, how old that source is and when it was read", async ({ page }) => {
  await page.goto(contactsPath("da", SILKEBORG));
  const contacts = page.locator(".directory-contact");
  expect(await contacts.count()).toBeGreaterThan(8);
  for (const text of await contacts.allTextContents()) {
    expect(text).toMatch(/Kilde: (side på [\w.-]+, )+(kilden er fra [^,]+|kilden viser ingen dato), læst \d+\. \w+ \d{4}/);
  }
});

test("a body without a contact of its own names what is missing and the nearest channel", async ({ page }) => {
  await page.goto(contactsPath("da", SILKEBORG));
  const ksp = page.getByRole("region", { name: /^KSP/ });
  await expect(ksp).toContainText("Nærmeste kontakt, vi har tjekket. KSP drives af politikredsen");
  await expect(ksp.getByRole("link", { name: "Ring 114" })).toHaveAttribute("href", "tel:114");
});

test("a contact from a source more than two years old is marked 'check before use'", async ({ page }) => {
  const old = sspFromOldSource();
  await page.goto(contactsPath("da", old.municipalityCode));
  await expect(page.getByRole("region", { name: /^SSP/ })).toContainText(
    `Fundet i en kilde fra ${old.sourceDate!.slice(0, 4)} – tjek før brug.`,
  );
});

test("an unknown municipality is explained next to the list, and nothing else is shown", async ({ page }) => {
  const response = await page.goto(`${contactsPath("da")}?kommune=999`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("main").getByRole("alert")).toHaveText("Vælg en af de 98 kommuner på listen.");
  await expect(page.getByLabel("Kommune")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".directory-entry")).toHaveCount(0);
  for (const path of ["/kontakter?kommune=%00", `/kontakter?kommune=${"9".repeat(3000)}`, "/kontakter?kommune=101&kommune=147"]) {
    expect((await page.goto(path))?.status(), path).toBeLessThan(500);
  }
});

test("the English page is complete, and the language switch keeps the municipality", async ({ page }) => {
  await page.goto(contactsPath("en", SILKEBORG));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contacts in Silkeborg Municipality");
  await expect(page.locator(".directory-contact").first()).toContainText(
    /Source: page on [\w.-]+, (the source is from|the source shows no date)/,
  );
  await expect(page.locator("link[rel=alternate][hreflang=da], a[hreflang=da]").first()).toHaveAttribute(
    "href",
    contactsPath("da", SILKEBORG),
  );
});

test("the start page and a result page lead to it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Se kontakterne i din kommune" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakter i din kommune");
  await page.goto(resultPath("da", TEACHER.answers));
  const aarhus = municipality(TEACHER.answers.municipalityCode!);
  await page.getByRole("link", { name: `Se alle kontakter i ${aarhus.name} Kommune` }).click();
  await expect(page).toHaveURL(contactsPath("da", aarhus.code));
});

test("without the database the page says so and still gives 114 and the hotline", async ({ page }) => {
  const response = await page.goto(`http://127.0.0.1:${PORTS.appWithoutDatabase}${contactsPath("da", SILKEBORG)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("Vores kontaktregister svarer ikke lige nu");
  await expect(page.locator("main").getByRole("link", { name: "Ring 114" })).toHaveAttribute("href", "tel:114");
  await expect(page.locator("main").getByRole("link", { name: "Ring 41 74 90 90" })).toHaveAttribute("href", "tel:41749090");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

  test("the page fits the screen and its controls are at least 44 px high", async ({ page }) => {
    await page.goto(contactsPath("da", SILKEBORG));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await smallTapTargets(page, "main select, main button, main .channels a")).toEqual([]);
  });
});

for (const locale of ["da", "en"] as const) {
  test(`the directory page in ${locale} has no axe violation`, async ({ page, makeAxeBuilder }) => {
    for (const path of [contactsPath(locale), contactsPath(locale, SILKEBORG), `${contactsPath(locale)}?kommune=999`]) {
      await page.goto(path);
      const { violations } = await makeAxeBuilder().analyze();
      expect(
        violations.map((violation) => violation.id),
        path,
      ).toEqual([]);
    }
  });
}
