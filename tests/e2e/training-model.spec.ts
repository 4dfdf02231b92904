// The statechart page for trainers and reviewers: the whole diagram in both languages, its downloads,
// zoom and pan by pointer and keyboard, and the page without JavaScript.
import type AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { modelDownloadPath, modelPath } from "../../lib/questionnaire/paths";
import type { Locale } from "../../machines/locale";
import { referralMachine } from "../../machines/referral.machine";
import da from "../../messages/da.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import { expect, LEAN_TRACE, tabUntil, test } from "./support/fixtures";

test.use(LEAN_TRACE);

const TEXTS = { da: da.trainingModel, en: en.trainingModel };
const STATE_COUNT = Object.keys(referralMachine.root.states).length;

async function expectNoViolations(makeAxeBuilder: () => AxeBuilder, page: Page) {
  const { violations } = await makeAxeBuilder().analyze();
  const summary = violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(" ")) }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const canvasWidth = async (page: Page) => (await page.locator(".diagram-canvas").boundingBox())?.width ?? 0;

for (const locale of ["da", "en"] as Locale[]) {
  test(`the model page in ${locale} shows every state of the chart, with no axe violation`, async ({ page, makeAxeBuilder }) => {
    const response = await page.goto(modelPath(locale));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXTS[locale].title);
    await expect(page.getByRole("img", { name: TEXTS[locale].diagramTitle })).toBeVisible();
    await expect(page.locator("svg [data-state]")).toHaveCount(STATE_COUNT);
    await expect(page.locator('svg [data-state="checkAnswers"]')).toHaveText(TEXTS[locale].states.checkAnswers);
    await expect(page.getByRole("heading", { name: TEXTS[locale].legendHeading })).toBeVisible();
    await expectNoViolations(makeAxeBuilder, page);
  });
}

test("the page links to the diagram as SVG, the Mermaid flowchart and the JSON definition, each a file to save", async ({
  page,
  request,
}) => {
  await page.goto(modelPath("en"));
  const links = { svg: TEXTS.en.downloadSvg, mermaid: TEXTS.en.downloadMermaid, json: TEXTS.en.downloadJson } as const;
  for (const [download, name] of Object.entries(links)) {
    await expect(page.getByRole("link", { name })).toHaveAttribute("href", modelDownloadPath(download as keyof typeof links, "en"));
  }

  const svg = await request.get(modelDownloadPath("svg", "en"));
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(svg.headers()["content-disposition"]).toBe('attachment; filename="henvis-model-en.svg"');
  const english = await svg.text();
  expect(english).toContain('role="img"');
  expect(english.match(/<g data-state=/g)?.length).toBe(STATE_COUNT);
  expect(english).toContain(`>${TEXTS.en.states.checkAnswers}<`);

  const danish = await (await request.get(modelDownloadPath("svg", "da"))).text();
  expect(danish).toContain(`>${TEXTS.da.states.checkAnswers}<`);

  const mermaid = await request.get(modelDownloadPath("mermaid", "en"));
  expect(mermaid.status()).toBe(200);
  expect(mermaid.headers()["content-type"]).toMatch(/^text\/vnd\.mermaid/);
  expect(mermaid.headers()["content-disposition"]).toBe('attachment; filename="henvis-model.mmd"');
  expect(await mermaid.text()).toMatch(/^flowchart TD\n/);

  const json = await request.get(modelDownloadPath("json", "en"));
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toMatch(/^application\/json/);
  expect(json.headers()["content-disposition"]).toBe('attachment; filename="henvis-model.json"');
  expect(Object.keys((await json.json()).states).length).toBe(STATE_COUNT);
});

test("a diagram in an unknown language is refused with a message, not an error page", async ({ request }) => {
  const response = await request.get("/api/v1/model/diagram.svg?sprog=xx");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("sprog");
});

test("the zoom buttons enlarge and shrink the diagram, and the keyboard moves the view", async ({ page }) => {
  await page.goto(modelPath("da"));
  const frame = page.getByRole("region", { name: TEXTS.da.viewportLabel });
  const fitted = await canvasWidth(page);
  expect(fitted).toBeGreaterThan(0);

  const zoomIn = page.getByRole("button", { name: TEXTS.da.zoomIn });
  await zoomIn.click();
  await expect.poll(() => canvasWidth(page)).toBeGreaterThan(fitted * 1.2);
  await zoomIn.click();
  await expect.poll(() => canvasWidth(page)).toBeGreaterThan(fitted * 1.5);
  const zoomed = await canvasWidth(page);

  // Keyboard only: the frame takes the focus and the arrow keys move the view.
  await tabUntil(page, frame, "the diagram");
  const scroll = () => frame.evaluate((element) => ({ left: element.scrollLeft, top: element.scrollTop }));
  const before = await scroll();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  await expect.poll(async () => (await scroll()).left).toBeGreaterThan(before.left);
  await expect.poll(async () => (await scroll()).top).toBeGreaterThan(before.top);
  await page.keyboard.press("-");
  await expect.poll(() => canvasWidth(page)).toBeLessThan(zoomed);
  await expect.poll(() => canvasWidth(page)).toBeGreaterThan(fitted);

  await page.getByRole("button", { name: TEXTS.da.zoomReset }).click();
  await expect.poll(() => canvasWidth(page)).toBeCloseTo(fitted, 0);
});

test("on a phone the zoom buttons are at least 44 px high and the diagram can be moved by dragging", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(modelPath("da"));
  for (const name of [TEXTS.da.zoomIn, TEXTS.da.zoomOut, TEXTS.da.zoomReset]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole("button", { name: TEXTS.da.zoomIn }).click();
  await page.getByRole("button", { name: TEXTS.da.zoomIn }).click();
  const frame = page.getByRole("region", { name: TEXTS.da.viewportLabel });
  const box = (await frame.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 80, { steps: 4 });
  await page.mouse.up();
  expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the diagram is shown fitted to the width and can be scrolled, with no buttons that would do nothing", async ({ page }) => {
    await page.goto(modelPath("da"));
    const frame = page.getByRole("region", { name: TEXTS.da.viewportLabel });
    const diagram = page.getByRole("img", { name: TEXTS.da.diagramTitle });
    await expect(diagram).toBeVisible();
    const [frameBox, diagramBox] = [await frame.boundingBox(), await diagram.boundingBox()];
    expect(diagramBox!.width).toBeLessThanOrEqual(frameBox!.width);
    expect(diagramBox!.width).toBeGreaterThan(frameBox!.width * 0.9);
    expect(await frame.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await expect(page.getByRole("button", { name: TEXTS.da.zoomIn })).toBeHidden();
    await expect(page.getByRole("link", { name: TEXTS.da.downloadSvg })).toBeVisible();
  });
});
