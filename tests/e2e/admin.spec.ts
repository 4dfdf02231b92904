// The directory's administration: two-factor sign-in, four eyes on a new phone number, scopes, import, throttling
// and anonymous requests. The tests run against a server of their own whose administrators were created from
// the command line before it started (playwright.config.ts).
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { PORTS } from "@/playwright.config";
import { ADMIN_PASSWORD } from "./support/administrators";
import { approveChangeBy, nextCode, rememberSecret, signIn, untilCallCardShows } from "./support/admin-browser";
import { DRAFT_PARAM, encodeDraft } from "@/lib/admin/contact-draft";
import { newContactCells } from "@/tests/helpers/import-rows";
import { resultPath } from "@/lib/journey/paths";
import { TEACHER } from "./support/personas";

const ADMIN_APP = `http://127.0.0.1:${PORTS.appWithAdministrators}`;
test.use({ baseURL: ADMIN_APP });
// One after another: the tests change the same directory, and each compares it before and after.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const sameSite = { Origin: ADMIN_APP };

const ADMIN_PAGES = [
  "/admin",
  "/admin/kontakter",
  "/admin/kontakter/ssp-101",
  "/admin/kontakter/ny",
  "/admin/aendringer",
  "/admin/meldinger",
  "/admin/revisionslog",
  "/admin/sundhed",
  "/admin/import-eksport",
  "/admin/konti",
  ...["", "/kontakter", "/kontakter/ssp-101", "/aendringer", "/meldinger", "/revisionslog", "/sundhed", "/import-eksport", "/konti"].map(
    (path) => `/en/admin${path}`,
  ),
];

test("a new administrator enrols an authenticator with a QR code and recovery codes, signs in with a code, and finds every page axe-clean", async ({
  page,
  context,
  makeAxeBuilder,
}) => {
  await signIn(page, "anne@example.dk");
  const cookie = (await context.cookies()).find((candidate) => candidate.name === "henvis_admin");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });

  for (const path of AXE_PAGES) {
    await page.goto(path);
    const { violations } = await makeAxeBuilder().analyze();
    expect(violations, path).toEqual([]);
  }

  await page.goto("/admin");
  await page.getByRole("button", { name: "Log ud", exact: true }).click();
  await expect(page.getByText("Du er logget ud.")).toBeVisible();
  for (const path of ["/admin/log-ind", "/en/admin/log-ind"]) {
    await page.goto(path);
    expect((await makeAxeBuilder().analyze()).violations, path).toEqual([]);
  }
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/log-ind$/);

  await page.getByLabel("E-mailadresse").fill("anne@example.dk");
  await page.getByLabel("Adgangskode").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await page.getByLabel("Kode", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("alert", { name: "Der er et problem" })).toContainText("Koden er forkert");
});

test("a new phone number waits for a second administrator, then reaches the worker's result page and the audit log", async ({
  page,
  browser,
}) => {
  await signIn(page, "kbh@example.dk");
  await page.goto("/admin/kontakter?q=ssp-101");
  await page.getByRole("link", { name: /^Ret / }).first().click();
  const livePhone = await page.getByLabel("Telefon").inputValue();
  await page.getByLabel("Telefon").fill("+45 33 66 33 66");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByRole("status")).toContainText("venter på, at en anden administrator godkender");
  const pending = page.getByRole("region", { name: "Venter på godkendelse" });
  await expect(pending.getByRole("row", { name: /Telefon/ })).toContainText(livePhone);
  await expect(pending.getByRole("row", { name: /Telefon/ })).toContainText("33 66 33 66");
  await expect(pending).toContainText("en anden administrator skal godkende den");

  const worker = resultPath("da", { ...TEACHER.answers, municipalityCode: "101" });
  await page.goto(worker);
  await expect(page.locator(".call-now")).toContainText(livePhone);
  await expect(page.locator(".call-now")).not.toContainText("33 66 33 66");

  const second = await browser.newPage({ baseURL: ADMIN_APP });
  await signIn(second, "bo@example.dk");
  await second.getByRole("link", { name: "Til godkendelse" }).click();
  await approveChangeBy(second, "kbh@example.dk");
  await untilCallCardShows(page, worker, "33 66 33 66");

  // A date that decides a warning is something a worker sees: it waits for the second administrator too.
  await page.goto("/admin/kontakter/ssp-101");
  await page.getByLabel("Kontrolleret den").fill("2024-05-02");
  await page.getByLabel("Næste gennemgang").fill("2025-05-02");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByRole("status")).toContainText("venter på, at en anden administrator godkender");
  await page.goto(worker);
  await expect(page.locator(".call-now")).not.toContainText("Sidst kontrolleret for mere end et år siden.");
  await approveChangeBy(second, "kbh@example.dk");
  await untilCallCardShows(page, worker, "Sidst kontrolleret for mere end et år siden.");

  await second.goto("/admin/revisionslog?handling=changeApproved");
  const approvals = second.getByRole("row").filter({ hasText: "bo@example.dk" });
  await expect(approvals).toHaveCount(2);
  await expect(approvals.first()).toContainText("Ændring godkendt");
  await second.close();
});

test("a national administrator invites an editor, who chooses a password and sets up their second factor", async ({ page, browser }) => {
  // Not the import test's account: a second sign-in within the same 30 s would wait for the next code.
  await signIn(page, "anne@example.dk");
  await page.getByRole("link", { name: "Administratorer" }).click();
  await page.getByLabel("E-mailadresse").fill("frb@example.dk");
  await page.getByLabel("Rolle").selectOption({ label: "Redaktør for kommuner" });
  await page.getByLabel(/Kommunekoder/).fill("147");
  await page.getByRole("button", { name: "Inviter" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!;
  await expect(page.getByRole("row", { name: /frb@example\.dk/ })).toContainText("Inviteret");

  const invited = await browser.newPage();
  await invited.goto(link);
  await invited.getByLabel("Ny adgangskode").fill("password1234");
  await invited.getByLabel("Gentag adgangskoden").fill("password1234");
  await invited.getByRole("button", { name: "Gem og fortsæt" }).click();
  await expect(invited.getByRole("alert", { name: "Der er et problem" })).toContainText("blandt de mest brugte");
  await invited.getByLabel("Ny adgangskode").fill(ADMIN_PASSWORD);
  await invited.getByLabel("Gentag adgangskoden").fill(ADMIN_PASSWORD);
  await invited.getByRole("button", { name: "Gem og fortsæt" }).click();
  await expect(invited.getByRole("heading", { name: "Opsæt totrinsbekræftelse" })).toBeVisible();
  rememberSecret("frb@example.dk", (await invited.getByTestId("totp-secret").textContent())!.trim());
  await invited.getByLabel("Kode fra appen").fill(await nextCode("frb@example.dk"));
  await invited.getByRole("button", { name: "Bekræft og log ind" }).click();
  await expect(invited.getByText("Du kan ændre kontakterne for Frederiksberg")).toBeVisible();
  await invited.goto(link);
  await expect(invited.getByText("Linket virker ikke.")).toBeVisible();
  await invited.close();

  // A national account made in the app waits for a second national administrator, never its inviter.
  await page.getByLabel("E-mailadresse").fill("ny.national@example.dk");
  await page.getByLabel("Rolle").selectOption({ label: "National administrator" });
  await page.getByRole("button", { name: "Inviter" }).click();
  await expect(page.getByRole("status").first()).toContainText("først aktiv, når en anden national administrator har godkendt den");
  const row = page.getByRole("row", { name: /ny\.national@example\.dk/ });
  await expect(row).toContainText("Venter på godkendelse");
  await expect(row).toContainText("bedt om af anne@example.dk");
  await row.getByRole("button", { name: /Godkend kontoen/ }).click();
  await expect(page.getByRole("status")).toContainText("Du har selv bedt om kontoen");
  await expect(page.getByRole("row", { name: /ny\.national@example\.dk/ })).toContainText("Venter på godkendelse");
});

test("an editor cannot change a contact outside their municipality", async ({ page }) => {
  await signIn(page, "aarhus@example.dk");
  await page.goto("/admin/kontakter?q=ssp-101");
  await expect(page.getByRole("status")).toHaveText("Ingen kontakter passer.");
  const response = await page.goto("/admin/kontakter/ssp-101");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Det har du ikke adgang til");
  expect((await page.goto("/admin/konti"))?.status()).toBe(403);

  const refused = await page.request.post("/admin/handling/gem-kontakt", {
    headers: sameSite,
    form: {
      id: "ssp-101",
      body: "SSP",
      unit: "municipality:101",
      nameDa: "SSP",
      nameEn: "SSP",
      phone: "70 70 70 70",
      source: "https://kk.dk",
      verifiedAt: "2026-11-30",
      verifiedBy: "Aarhus",
    },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  const csv = await page.request.get("/admin/eksport/kontakter.csv");
  expect(await csv.text()).not.toContain("70 70 70 70");

  // Anyone can write a draft into an address: the form says it is one, and shows the values in use beside it.
  await page.goto("/admin/kontakter/child-notification-751");
  const livePhone = await page.getByLabel("Telefon").inputValue();
  await expect(page.getByTestId("draft-notice")).toHaveCount(0);
  const crafted = encodeDraft({ values: { nameDa: "Ring 70 70 70 70", phone: "70 70 70 70" }, errors: {} });
  await page.goto(`/admin/kontakter/child-notification-751?${DRAFT_PARAM}=${crafted}`);
  await expect(page.getByTestId("draft-notice")).toContainText("ikke det, medarbejderne ser");
  await expect(page.getByLabel("Telefon")).toHaveValue("70 70 70 70");
  await expect(page.getByTestId("phone-live")).toHaveText(`Gældende: ${livePhone || "(tom)"}`);
  await expect(page.getByTestId("nameDa-live")).toContainText("Gældende: ");
});

test("an imported file with one bad row changes nothing and reports the row", async ({ page }) => {
  await signIn(page, "import@example.dk");
  const exported = await (await page.request.get("/admin/eksport/kontakter.csv")).text();
  expect(exported.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = exported
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  const nameColumn = header!.split(",").indexOf("nameDa");
  expect(nameColumn).toBeGreaterThan(0);
  const withChange = rows.map((row) => (row.startsWith("ssp-147,") ? row.replace("SSP Frederiksberg", "SSP Frederiksberg Kommune") : row));
  const badLine = rows.findIndex((row) => row.startsWith("cde,")) + 2;
  expect(badLine).toBeGreaterThan(1);
  const broken = withChange.map((row, index) => (index + 2 === badLine ? row.replace(/https:\/\/[^,]+/, "ikke en adresse") : row));

  await page.goto("/admin/import-eksport");
  await page
    .getByLabel("CSV-fil")
    .setInputFiles({ name: "kontakter.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\r\n${broken.join("\r\n")}\r\n`) });
  await page.getByRole("button", { name: "Læs filen" }).click();
  await expect(page.getByRole("alert", { name: /intet er ændret/ })).toBeVisible();
  await expect(page.getByRole("list", { name: /intet er ændret/ })).toContainText(`Linje ${badLine}`);

  await page.goto("/admin/aendringer");
  await expect(page.getByText("Ingen ændringer venter på godkendelse.")).toBeVisible();
  const after = await (await page.request.get("/admin/eksport/kontakter.csv")).text();
  expect(after).toBe(exported);

  await page.goto("/admin/import-eksport");
  await page.getByLabel("CSV-fil").setInputFiles({ name: "kontakter.csv", mimeType: "text/csv", buffer: Buffer.from(exported) });
  await page.getByRole("button", { name: "Læs filen" }).click();
  await expect(page.getByRole("status")).toContainText("intet at ændre");
});

test("an imported file with a unit that does not exist, a NUL byte or 100,000 rows gets a clear answer; a large proposal is summed up", async ({
  page,
}) => {
  await signIn(page, "fil@example.dk");
  const exported = await (await page.request.get("/admin/eksport/kontakter.csv")).text();
  const [header, ...rows] = exported
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  const columns = header!.split(",");
  const newContact = (id: string, cells: Record<string, string> = {}) => {
    const contact = newContactCells(id, cells);
    return columns.map((column) => contact[column] ?? "").join(",");
  };
  const report = page.getByRole("list", { name: /intet er ændret/ });
  async function upload(lines: string[]) {
    await page.goto("/admin/import-eksport");
    const buffer = Buffer.from(`${header}\r\n${lines.join("\r\n")}\r\n`);
    await page.getByLabel("CSV-fil").setInputFiles({ name: "kontakter.csv", mimeType: "text/csv", buffer });
    const answer = page.waitForResponse((response) => response.url().endsWith("/admin/handling/importer"));
    await page.getByRole("button", { name: "Læs filen" }).click();
    expect((await answer).status()).toBe(303);
    await expect(page.getByRole("alert", { name: /intet er ændret/ })).toBeVisible();
  }

  await upload([...rows, newContact("infohus-findes-ikke", { body: "INFOHOUSE", unit: "district:findes-ikke" })]);
  await expect(report).toContainText(`Linje ${rows.length + 2}, kolonne unit: Enheden findes ikke i kataloget.`);

  await upload([...rows, newContact("ssp-nul", { nameDa: "SSP\u0000København" })]);
  await expect(report).toContainText(`Linje ${rows.length + 2}, kolonne nameDa: Feltet indeholder et usynligt styretegn`);

  await upload(Array.from({ length: 100_000 }, (_, index) => newContact(`b-${index}`)));
  await expect(report).toContainText("Filen har 100.000 kontakter, men en import kan højst have 1.000.");

  await page.goto("/admin/aendringer");
  await expect(page.getByText("Ingen ændringer venter på godkendelse.")).toBeVisible();
  expect(await (await page.request.get("/admin/eksport/kontakter.csv")).text()).toBe(exported);

  await page.goto("/admin/import-eksport");
  const sixty = Array.from({ length: 60 }, (_, index) => newContact(`ssp-ny-${index}`));
  const buffer = Buffer.from(`${header}\r\n${[...rows, ...sixty].join("\r\n")}\r\n`);
  await page.getByLabel("CSV-fil").setInputFiles({ name: "kontakter.csv", mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Læs filen" }).click();
  const proposal = page.getByRole("article").filter({ hasText: "fil@example.dk" });
  await expect(proposal).toContainText("60 kontakter: 60 nye, 0 ændrede og 0, der udgår. Her vises de første 50.");
  await expect(proposal.getByRole("table")).toHaveCount(50);
});

test("after five wrong passwords for an account, the sign-in page says when to try again, with Retry-After", async ({ request, page }) => {
  const attempt = (password: string) =>
    request.post("/admin/handling/log-ind", { headers: sameSite, form: { email: "laas@example.dk", password }, maxRedirects: 0 });
  for (let count = 0; count < 5; count++) expect((await attempt("forkert adgangskode")).headers().location).toMatch(/fejl=forkert$/);
  for (const password of ["forkert adgangskode", ADMIN_PASSWORD]) {
    const blocked = await attempt(password);
    expect(blocked.status()).toBe(303);
    expect(blocked.headers().location).toMatch(/\/admin\/log-ind\?fejl=for-mange&vent=15$/);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(800);
  }
  await page.goto("/admin/log-ind?fejl=for-mange&vent=15");
  await expect(page.getByText("Prøv igen om 15 minutter.")).toBeVisible();
  await expect(page.getByLabel("E-mailadresse")).toBeVisible();
});

// The overview, the form, the tables and the longest page in English.
const AXE_PAGES = [
  "/admin",
  "/admin/kontakter/ssp-101",
  "/admin/aendringer",
  "/admin/sundhed",
  "/admin/konti",
  "/en/admin/kontakter/ssp-101",
];
const ADMIN_ACTIONS = [
  "gem-kontakt",
  "pensioner-kontakt",
  "godkend",
  "afvis",
  "laeg-melding-til-side",
  "importer",
  "log-ud",
  "log-ud-overalt",
  "inviter",
  "konto",
];

async function expectRefusedEverywhere(request: APIRequestContext) {
  for (const path of ADMIN_PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/\/admin\/log-ind$/);
  }
  for (const action of ADMIN_ACTIONS) {
    const response = await request.post(`/admin/handling/${action}`, {
      headers: sameSite,
      form: { id: "ssp-101", change: "x" },
      maxRedirects: 0,
    });
    expect(response.status(), action).toBe(401);
  }
  for (const path of ["/admin/eksport/kontakter.csv", "/admin/eksport/open-referral/datapackage.json"]) {
    expect((await request.get(path)).status(), path).toBe(401);
  }
}

test("anonymous requests are sent to sign in from every page and refused with 401 by every action and export", async ({ request }) => {
  await expectRefusedEverywhere(request);
  const fromAnotherSite = await request.post("/admin/handling/log-ind", {
    headers: { Origin: "https://angriber.example" },
    form: { email: "anne@example.dk", password: ADMIN_PASSWORD },
    maxRedirects: 0,
  });
  expect(fromAnotherSite.status()).toBe(403);
  // This server trusts no proxy: a forwarded host and scheme from the client itself change nothing.
  for (const headers of <Record<string, string>[]>[
    { Origin: "https://angriber.example", "X-Forwarded-Host": "angriber.example", "X-Forwarded-Proto": "https" },
    { Origin: ADMIN_APP.replace(/^http:/, "https:") },
  ]) {
    const forged = await request.post("/admin/handling/log-ind", {
      headers,
      form: { email: "anne@example.dk", password: ADMIN_PASSWORD },
      maxRedirects: 0,
    });
    expect(forged.status(), JSON.stringify(headers)).toBe(403);
  }
});

// Last: it uses up this client's sign-in attempts for a quarter of an hour.
test("fifty wrong passwords at once over ten accounts, each with its own X-Forwarded-For, check at most 20 from one client", async ({
  request,
}) => {
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, index) =>
      request.post("/admin/handling/log-ind", {
        headers: { ...sameSite, "X-Forwarded-For": `198.51.100.${index}` },
        form: { email: `gaet-${index % 10}@example.dk`, password: "forkert adgangskode" },
        maxRedirects: 0,
      }),
    ),
  );
  const checked = responses.filter((response) => response.headers().location?.endsWith("fejl=forkert")).length;
  const throttled = responses.filter((response) => response.headers().location?.includes("fejl=for-mange"));
  console.log(`50 passwords at once with rotated X-Forwarded-For: ${checked} checked, ${throttled.length} sent back to wait`);
  expect(checked).toBeLessThanOrEqual(20);
  expect(throttled.length).toBeGreaterThanOrEqual(30);
  expect(Number(throttled[0]?.headers()["retry-after"])).toBeGreaterThan(0);
});
