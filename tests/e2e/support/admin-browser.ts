// Signing in to the administration in a browser, as an administrator would: the password, then the authenticator,
// enrolled at the first sign-in. The secrets live for the spec file that enrolled them.
import { Secret, TOTP } from "otpauth";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { ADMIN_PASSWORD } from "./administrators";

const secrets = new Map<string, string>();
const lastSteps = new Map<string, number>();

/** Keeps the secret an account enrolled with, read from its enrolment page. */
export const rememberSecret = (email: string, secret: string) => secrets.set(email, secret);

/** A TOTP code of a time step after the last one used for the account: the app takes each step's code once. */
export async function nextCode(email: string): Promise<string> {
  const secret = secrets.get(email)!;
  let step = Math.floor(Date.now() / 30_000);
  while (step <= (lastSteps.get(email) ?? -1)) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    step = Math.floor(Date.now() / 30_000);
  }
  lastSteps.set(email, step);
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * 30_000 + 1_000 });
}

/** Signs in with e-mail and password, and enrols the authenticator at the first sign-in. */
export async function signIn(page: Page, email: string) {
  await page.goto("/admin/log-ind");
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Fortsæt" }).click();
  // The next page is either the enrolment (first sign-in) or the code; isVisible() alone would not wait for it.
  const enrolment = page.getByRole("heading", { name: "Opsæt totrinsbekræftelse" });
  await expect(enrolment.or(page.getByLabel("Kode", { exact: true }))).toBeVisible();
  if (await enrolment.isVisible()) {
    await expect(page.getByRole("img", { name: /Scan QR-koden/ }).locator("svg")).toBeVisible();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    rememberSecret(email, (await page.getByTestId("totp-secret").textContent())!.trim());
    await page.getByLabel("Kode fra appen").fill(await nextCode(email));
    await page.getByRole("button", { name: "Bekræft og log ind" }).click();
  } else {
    await page.getByLabel("Kode", { exact: true }).fill(await nextCode(email));
    await page.getByRole("button", { name: "Log ind" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Oversigt" })).toBeVisible();
  await expect(page.getByText(`Logget ind som ${email}`)).toBeVisible();
}

/** Approves, as the administrator signed in on `page`, the change that `author` proposed. */
export async function approveChangeBy(page: Page, author: string) {
  await page.goto("/admin/aendringer");
  await page.getByRole("article").filter({ hasText: author }).getByRole("button", { name: "Godkend" }).click();
  await expect(page.getByRole("status")).toContainText("godkendt og vises nu");
}

/**
 * Waits until a worker's page shows `text` in its call card: an approved change reaches the page without a restart.
 * The 2 s bound across instances is measured in tests/unit/db/directory-memory.test.ts, where no browser shares the
 * machine.
 */
export async function untilCallCardShows(page: Page, path: string, text: string) {
  await expect(async () => {
    await page.goto(path);
    await expect(page.locator(".call-now")).toContainText(text, { timeout: 100 });
  }).toPass({ timeout: 10_000, intervals: [250] });
}
