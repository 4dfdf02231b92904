// The typeface (IBM Plex Sans) comes as IBM's Latin-1 subsets: Danish and English text needs nothing else, and a
// phone on a slow line fetches about 50 kB of fonts instead of 175 kB. A character outside Latin-1 still gets Plex.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const RESULT_PAGE = "/resultat?a=1.d1.c1.k0.w0.p1.h1.a0.m751.r1";

/** The file names and transferred sizes of the fonts a page fetches until the network is idle. */
async function fontsFetched(page: Page, path: string) {
  const fonts: Promise<{ file: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "font") return;
    fonts.push(response.body().then((body) => ({ file: new URL(response.url()).pathname.split("/").at(-1)!, bytes: body.length })));
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
    expect(fonts.map((font) => font.file.replace(/\.[^.]+\.woff2$/, ""))).toEqual(
      expect.arrayContaining(["IBMPlexSans-Regular-Latin1", "IBMPlexSans-SemiBold-Latin1"]),
    );
    for (const font of fonts) expect(font.file, "a font outside the Latin-1 subsets").toMatch(/^IBMPlexSans-\w+-Latin1\.[\w-]+\.woff2$/);
    const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
    console.log(`${language} result page: ${fonts.length} fonts, ${(total / 1024).toFixed(1)} kB`);
    expect(total).toBeLessThan(75 * 1024);
    const usesPlex = await page.evaluate(() =>
      ["400", "600"].every((weight) =>
        [...document.fonts].some((face) => face.family.includes("IBM Plex Sans") && face.weight === weight && face.status === "loaded"),
      ),
    );
    expect(usesPlex, "Plex is loaded in the regular and semibold weights").toBe(true);
  });
}

test("a character outside Latin-1 is still set in Plex, from the complete font", async ({ page }) => {
  await fontsFetched(page, RESULT_PAGE);
  const complete = page.waitForResponse((response) => /\/IBMPlexSans-Regular\.[\w-]+\.woff2$/.test(new URL(response.url()).pathname));
  const faces = await page.evaluate(async () => (await document.fonts.load('400 16px "IBM Plex Sans"', "Łódź")).map((face) => face.status));
  expect(faces).toContain("loaded");
  expect((await complete).ok()).toBe(true);
});
