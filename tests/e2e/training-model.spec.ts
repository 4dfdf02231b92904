// The statechart page for trainers and reviewers: the whole diagram in both languages, its downloads,
// zoom and pan by pointer and keyboard, and the page without JavaScript.
import type AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { modelDownloadPath, modelPath } from "../../lib/training/paths";
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

/**
 * Where the diagram stands in the frame: the frame's inside (less its border and scroll bars), the diagram's box,
 * whether any of it is out of sight, and the size its smallest text is shown at: the text's size in the diagram's
 * units times the scale the SVG is drawn at.
 */
async function fitOf(frame: Locator, diagram: Locator) {
  const inner = await frame.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + element.clientLeft, y: box.y + element.clientTop, width: element.clientWidth, height: element.clientHeight };
  });
  const drawn = await diagram.evaluate((svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
    const sizes = [...svg.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize));
    return { box: { x: box.x, y: box.y, width: box.width, height: box.height }, smallestText: Math.min(...sizes) * scale };
  });
  const { box } = drawn;
  const clipped =
    box.x < inner.x - 0.5 ||
    box.y < inner.y - 0.5 ||
    box.x + box.width > inner.x + inner.width + 0.5 ||
    box.y + box.height > inner.y + inner.height + 0.5;
  return { inner, diagram: box, clipped, smallestText: drawn.smallestText };
}

/** A4 landscape less the print stylesheet's 10 mm margins, in CSS pixels (96 per inch). */
const A4_LANDSCAPE_PRINTABLE = { width: Math.floor(((297 - 20) * 96) / 25.4), height: Math.floor(((210 - 20) * 96) / 25.4) };
const POINTS_PER_PIXEL = 72 / 96;

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

for (const locale of ["da", "en"] as Locale[]) {
  test(`on a 1920 × 1080 projector the whole diagram is in the frame, its smallest text at least 12 px (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(modelPath(locale));
    const frame = page.getByRole("region", { name: TEXTS[locale].viewportLabel });
    const diagram = page.getByRole("img", { name: TEXTS[locale].diagramTitle });
    await frame.evaluate((element) => element.scrollIntoView({ block: "end" }));
    const fit = await fitOf(frame, diagram);
    console.log(
      `1920 × 1080 (${locale}): the diagram is ${Math.round(fit.diagram.width)} × ${Math.round(fit.diagram.height)} px in a frame of ` +
        `${fit.inner.width} × ${fit.inner.height} px; its smallest text ${fit.smallestText.toFixed(1)} px`,
    );
    expect(fit.clipped, JSON.stringify(fit)).toBe(false);
    expect(fit.inner.y, "the frame's top is in the window").toBeGreaterThanOrEqual(0);
    expect(fit.inner.y + fit.inner.height, "the frame's foot is in the window").toBeLessThanOrEqual(1080);
    await expect(page.getByRole("button", { name: TEXTS[locale].zoomIn })).toBeInViewport();
    expect(fit.smallestText).toBeGreaterThanOrEqual(12);
  });
}

test("printed on A4 landscape the whole diagram is on the page, its smallest text at least 7 pt", async ({ page }) => {
  await page.setViewportSize(A4_LANDSCAPE_PRINTABLE);
  await page.goto(modelPath("da"));
  await page.emulateMedia({ media: "print" });
  const diagram = page.getByRole("img", { name: TEXTS.da.diagramTitle });
  const fit = await fitOf(page.getByRole("region", { name: TEXTS.da.viewportLabel }), diagram);
  const points = fit.smallestText * POINTS_PER_PIXEL;
  console.log(
    `A4 landscape: the diagram is ${Math.round(fit.diagram.width)} × ${Math.round(fit.diagram.height)} px; its smallest text ${points.toFixed(1)} pt`,
  );
  expect(fit.diagram.width).toBeLessThanOrEqual(A4_LANDSCAPE_PRINTABLE.width);
  expect(fit.diagram.height).toBeLessThanOrEqual(A4_LANDSCAPE_PRINTABLE.height);
  expect(points).toBeGreaterThanOrEqual(7);
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

  test("the whole diagram is shown in the frame, as large as the frame allows, with no buttons that would do nothing", async ({ page }) => {
    await page.goto(modelPath("da"));
    const frame = page.getByRole("region", { name: TEXTS.da.viewportLabel });
    const diagram = page.getByRole("img", { name: TEXTS.da.diagramTitle });
    await expect(diagram).toBeVisible();
    const fit = await fitOf(frame, diagram);
    expect(fit.clipped, JSON.stringify(fit)).toBe(false);
    // Limited by the frame's width or by its height: one of them it fills.
    expect(Math.max(fit.diagram.width / fit.inner.width, fit.diagram.height / fit.inner.height)).toBeGreaterThan(0.97);
    await expect(page.getByRole("button", { name: TEXTS.da.zoomIn })).toBeHidden();
    await expect(page.getByRole("link", { name: TEXTS.da.downloadSvg })).toBeVisible();
  });
});
