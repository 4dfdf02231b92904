// With JavaScript, a step is a client-side transition: the statechart in the browser picks the next address,
// and neither the page nor the form goes to the server as a whole. How long a step takes, from the submit
// to the next page on screen, is printed as a figure, not asserted.
import { expect, LEAN_TRACE, QuestionPage, test } from "./support/fixtures";
import { TEACHER } from "./support/personas";

test.use(LEAN_TRACE);

/** Starts a clock at the form's submit and stops it when the page shows another heading. */
function timeNextPage(): Promise<number> {
  return new Promise((resolve) => {
    const heading = () => document.querySelector("h1")?.textContent ?? "";
    const before = heading();
    document.addEventListener(
      "submit",
      () => {
        const started = performance.now();
        const poll = () => (heading() !== before && heading() !== "" ? resolve(performance.now() - started) : requestAnimationFrame(poll));
        poll();
      },
      { capture: true, once: true },
    );
  });
}

test("with JavaScript every step stays in the page: no page load, no form post", async ({ page }) => {
  const pageLoadsAndPosts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document" || request.method() === "POST")
      pageLoadsAndPosts.push(`${request.method()} ${request.url()}`);
  });
  await page.goto("/trin/akut-fare?a=1", { waitUntil: "networkidle" });
  pageLoadsAndPosts.length = 0;

  const question = new QuestionPage(page);
  const timings: number[] = [];
  for (const { question: text, label } of TEACHER.steps) {
    await question.verifyOnPage(text);
    await question.answer(label);
    const clock = page.evaluate(timeNextPage);
    await question.continue();
    timings.push(await clock);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tjek dine svar");
  expect(pageLoadsAndPosts).toEqual([]);

  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(
    `submit → next page on screen over ${timings.length} steps: median ${median.toFixed(0)} ms, slowest ${sorted.at(-1)?.toFixed(0)} ms`,
  );
});
