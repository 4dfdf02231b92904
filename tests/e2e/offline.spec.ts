// Once opened, the app works without a network: the service worker keeps the start page, the scripts and a
// dated copy of the directory, and the browser renders the journey from the address (decision 0013).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { PORTS } from "../../playwright.config";
import { formatDate, todayInDenmark } from "../../lib/dates";
import { directorySnapshotSchema } from "../../lib/directory/directory-snapshot";
import { MUNICIPALITY_CODES } from "../../lib/directory/municipality-codes";
import { contactsPath, directoryApiPath } from "../../lib/directory/paths";
import { resultPath } from "../../lib/journey/paths";
import { expect, LEAN_TRACE, ResultPage, test } from "./support/fixtures";
import { expectResultBasics, TEACHER, walkJourney } from "./support/personas";

test.use({ ...LEAN_TRACE, serviceWorkers: "allow" });

const DIRECTORY_CACHE = "henvis-directory";
const savedDirectoryDay = (page: Page) =>
  page.evaluate(
    async ({ cacheName, path }) => {
      const saved = await (await caches.open(cacheName)).match(path);
      return saved ? ((await saved.json()) as { asOf: string }).asOf : null;
    },
    { cacheName: DIRECTORY_CACHE, path: directoryApiPath },
  );

/** Opens the start page online and waits until the service worker has kept what the journey needs. */
async function openAndGoOffline(page: Page, context: BrowserContext, start = "/") {
  await page.goto(start);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => savedDirectoryDay(page), { message: "the directory is saved for use offline" }).toBe(todayInDenmark());
  await context.setOffline(true);
}

// One walk serves two checks: the journey works offline, and what the service worker kept on the way holds no answers.
test("a teacher completes the journey offline and is sent to SSP with the saved contacts, and no page with answers is kept", async ({
  page,
  context,
}) => {
  await openAndGoOffline(page, context);

  const result = await walkJourney(page, TEACHER, "mouse");

  await TEACHER.expectResult(result);
  await expect(page.getByRole("status")).toHaveText(
    `Du er offline: kontakter som de var den ${formatDate(todayInDenmark(), "da")}. Ring 112, hvis der er fare lige nu.`,
  );
  await expect(page).toHaveTitle("Det skal du gøre – Henvis");

  // Only files, the start pages, the offline page and the directory.
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const keys = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)));
    return keys.flat();
  });
  expect(kept.length).toBeGreaterThan(10);
  for (const url of kept) {
    const { pathname, searchParams } = new URL(url);
    expect(searchParams.has("a"), url).toBe(false);
    expect(pathname, url).toMatch(/^\/(_next\/static\/|api\/v1\/directory$|icon\/\d+$|manifest\.webmanifest$|(en\/?)?(uden-net)?$)/);
  }
});

test("offline, the result page is axe-clean and names no rule", async ({ page, context, makeAxeBuilder }) => {
  await openAndGoOffline(page, context, "/en");
  await page.goto(resultPath("en", TEACHER.answers));
  await expect(page.getByRole("status")).toContainText("You are offline: contacts as they were on");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact SSP in Aarhus Municipality");
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  await expect(page.locator("main")).not.toContainText(/\bR\d\b/);
});

test("without a saved copy of the directory, the offline result still gives 112, 114 and the hotline", async ({ page, context }) => {
  await openAndGoOffline(page, context);
  await page.evaluate((cacheName) => caches.delete(cacheName), DIRECTORY_CACHE);

  await page.goto(resultPath("da", TEACHER.answers));

  await expect(page.getByRole("status")).toContainText("Du er offline, og der er ikke gemt kontakter på denne enhed.");
  await expectResultBasics(new ResultPage(page));
});

test("offline, a page outside the journey says so and gives the numbers that always work", async ({ page, context }) => {
  await openAndGoOffline(page, context);
  await page.goto(contactsPath("da", "751"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden kan ikke vises uden netværk");
  for (const phone of ["112", "114", "41 74 90 90"]) await expect(page.getByRole("link", { name: phone, exact: true })).toBeVisible();
});

test("the app can be installed: a manifest in Danish, with icons of the sizes it names", async ({ playwright, baseURL, request }) => {
  // Chromium installs no app from a private window, which every other test's context is.
  let manifestHref: string | null = null;
  const profile = mkdtempSync(path.join(tmpdir(), "henvis-install-"));
  const browser = await playwright.chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions, baseURL });
  try {
    const page = await browser.newPage();
    await page.goto("/");
    const cdp = await browser.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const manifest = (await (await request.get(manifestHref!)).json()) as {
    lang: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ lang: "da", start_url: "/", display: "standalone" });
  expect(new Set(manifest.icons.map((icon) => icon.purpose))).toEqual(new Set(["any", "maskable"]));
  for (const icon of manifest.icons) {
    const png = await (await request.get(icon.src)).body();
    // A PNG's header gives its width and height at bytes 16 and 20.
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

test.describe("the directory kept for use offline", () => {
  test("is the whole directory, dated today, with every municipality and its police district", async ({ request }) => {
    const response = await request.get(directoryApiPath);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-cache");
    const snapshot = directorySnapshotSchema.parse(await response.json());
    expect(snapshot.asOf).toBe(todayInDenmark());
    expect(snapshot.places.map((place) => place.code).sort()).toEqual([...MUNICIPALITY_CODES].sort());
    expect(snapshot.places.find((place) => place.code === "751")?.policeDistrict.name).toBe("Østjyllands Politi");
  });

  test("is refused with 503 when the database cannot be reached, so that the browser keeps its copy", async ({ request }) => {
    const response = await request.get(`http://127.0.0.1:${PORTS.appWithoutDatabase}${directoryApiPath}`);
    expect(response.status()).toBe(503);
    expect(await response.json()).toMatchObject({ error: "directory_unavailable" });
  });
});
