// The typeface (IBM Plex Sans) comes as IBM's Latin-1 subsets, preloaded: Danish and English text needs nothing
// else, a phone on a slow line fetches about 50 kB of fonts instead of 175 kB, and the first paint is already set
// in Plex.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const RESULT_PAGE = "/resultat?a=1.d1.c1.k0.w0.p1.h1.a0.m751.r1";
const LATIN_1_FONT = /^IBMPlexSans_\w+_Latin1\.[\w.-]+\.woff2$/;
const fileName = (url: string) => new URL(url, "http://localhost").pathname.split("/").at(-1)!;

/** The file names and sizes of the fonts a page fetches until the network is idle. */
async function fontsFetched(page: Page, path: string) {
  const fonts: Promise<{ file: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "font") return;
    fonts.push(response.body().then((body) => ({ file: fileName(response.url()), bytes: body.length })));
  });
  await page.goto(path, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  return Promise.all(fonts);
}

for (const [language, path] of [
  ["Danish", RESULT_PAGE],
  ["English", `/en${RESULT_PAGE}`],
]) {
  test(`the ${language} result page sets its text in Plex from the Latin-1 subsets only`, async ({ page }) => {
    const fonts = await fontsFetched(page, path!);
    expect(fonts.map((font) => font.file.split(".")[0])).toEqual(
      expect.arrayContaining(["IBMPlexSans_Regular_Latin1", "IBMPlexSans_SemiBold_Latin1"]),
    );
    for (const font of fonts) expect(font.file, "a font outside the Latin-1 subsets").toMatch(LATIN_1_FONT);
    const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
    console.log(`${language} result page: ${fonts.length} fonts, ${(total / 1024).toFixed(1)} kB`);
    expect(total).toBeLessThan(75 * 1024);
    const weightsInUse = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.weight),
    );
    expect(weightsInUse, "Plex is loaded in the regular and semibold weights").toEqual(expect.arrayContaining(["400", "600"]));
    const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(bodyFont, "the body is set in the loaded Plex, before its fallbacks").toMatch(/^['"]?plexSans/);
  });
}

test("every page asks for the fonts in its head, before the stylesheet names them", async ({ page }) => {
  for (const path of ["/", "/trin/bekymring?a=1.d1.c1", RESULT_PAGE, "/en"]) {
    await page.goto(path);
    const preloaded = await page
      .locator('head link[rel="preload"][as="font"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
    expect(preloaded.map(fileName).sort(), path).toEqual([
      expect.stringMatching(/^IBMPlexSans_Bold_Latin1\./),
      expect.stringMatching(/^IBMPlexSans_Regular_Latin1\./),
      expect.stringMatching(/^IBMPlexSans_SemiBold_Latin1\./),
    ]);
  }
});
