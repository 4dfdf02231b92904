import { expect, test } from "@playwright/test";
import { PORTS } from "../../playwright.config";
import { TEACHER_ANSWERS } from "../helpers/personas";

test("the health check reports the database as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test.describe("when the database cannot be reached", () => {
  const base = `http://127.0.0.1:${PORTS.appWithoutDatabase}`;

  test("the health check answers 503 degraded", async ({ request }) => {
    const response = await request.get(`${base}/api/health`);
    expect(response.status()).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", db: "down" });
  });

  test("the start page still works", async ({ page }) => {
    await page.goto(base);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hvem skal du kontakte");
    await expect(page.getByText("Ring 112")).toBeVisible();
  });
});

test("without the database the route API still gives 112, 114 and the hotline", async ({ request }) => {
  const base = `http://127.0.0.1:${PORTS.appWithoutDatabase}`;
  const unsure = { ...TEACHER_ANSWERS, crimeSuspected: "unknown", adviceFirst: undefined };
  const response = await request.post(`${base}/api/v1/route`, { data: unsure });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.directory).toBe("unavailable");
  expect(body.outcome.primary).toBe("HOTLINE");
  const phones = body.contacts.map((contact: { phone?: string }) => contact.phone);
  expect(phones).toEqual(expect.arrayContaining(["41 74 90 90", "114"]));
});
