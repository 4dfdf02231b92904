import type { Page } from "@playwright/test";

/** WCAG 2.5.5's 44 px: the controls in the page's main content that a finger may miss. */
export const TAP_TARGETS =
  "main .form-group-radio label, main .form-group-checkbox label, main button, main input[type=text], main .what-if-options a";

/** The text of each tap target in `page` that is less than 44 px high. */
export async function smallTapTargets(page: Page, selector = TAP_TARGETS): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().height < 44)
        .map((element) => element.textContent || element.outerHTML),
    );
}
