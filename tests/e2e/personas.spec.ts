// Three frontline workers answer every question through the UI and reach the body they should contact:
// once with the keyboard alone, once in a browser without JavaScript.
import { expect, LEAN_TRACE, test } from "./support/fixtures";
import { PERSONAS, walkJourney } from "./support/personas";

test.use(LEAN_TRACE);
// A whole journey is some twenty page loads and, with the keyboard, a hundred key presses.
test.describe.configure({ timeout: 60_000 });

test.describe("keyboard only", () => {
  for (const persona of PERSONAS) {
    test(`the ${persona.name} reaches the result with Tab, Space, arrows and Enter`, async ({ page }) => {
      const result = await walkJourney(page, persona, "keyboard");
      await persona.expectResult(result);
    });
  }

  test("the first Tab on the start page reaches the skip link", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const persona of PERSONAS) {
    test(`the ${persona.name} reaches the result by clicking, with the forms posted to the server`, async ({ page }) => {
      const result = await walkJourney(page, persona, "mouse");
      await persona.expectResult(result);
    });
  }
});
