// On a phone, the start page's first screen holds the way in and, for a worker who wants to talk first, the
// national hotline's number.
import { fixedContact } from "../../lib/directory/always-available";
import { telHref } from "../../lib/directory/contact";
import { expect, LEAN_TRACE, test } from "./support/fixtures";

test.use({ ...LEAN_TRACE, viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

const FIRST_SCREEN = 667;

for (const { locale, path, start } of [
  { locale: "da", path: "/", start: "Start nu" },
  { locale: "en", path: "/en", start: "Start now" },
] as const) {
  test(`on a 375 × 667 phone (${locale}), "${start}" and the hotline's number are on the first screen`, async ({ page }) => {
    await page.goto(path);
    const phone = fixedContact("hotline", locale).phone!;
    const hotline = page.getByRole("link", { name: new RegExp(phone) });
    await expect(hotline).toHaveAttribute("href", telHref(phone));
    for (const link of [page.getByRole("link", { name: start, exact: true }), hotline]) {
      const box = (await link.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(FIRST_SCREEN);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });
}
