// A group session in the training room: the trainer starts it, participants join with the code and
// vote on their phones, the projector counts the votes and the trainer steps through the answer.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { PORTS } from "../../playwright.config";
import {
  joinPath,
  roomControlPath,
  roomProjectorPath,
  roomStartPath,
  roomStateApiPath,
  roomSummaryCsvPath,
  roomSummaryPath,
  roomVoteApiPath,
} from "../../lib/training/paths";
import { joinQrSvg } from "../../lib/training/room/join-qr";
import { PROJECTOR_RELOAD_SECONDS } from "../../lib/training/room/room-settings";
import { CODE_ALPHABET } from "../../lib/training/room/room-input";
import type { Locale } from "../../machines/locale";
import da from "../../messages/da.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import scenarios from "../../prisma/seed-data/scenarios.json" with { type: "json" };
import { smallTapTargets } from "./support/tap-targets";
import { expect, LEAN_TRACE, tabUntil, test } from "./support/fixtures";

test.use(LEAN_TRACE);

const MESSAGES = { da, en } as const;
// A pupil under 18 sharing violent propaganda: SSP first, then the Info-House and the municipality.
const SCENARIO = scenarios.find((scenario) => scenario.slug === "elev-deler-voldelig-propaganda")!;
const text = (locale: Locale) => MESSAGES[locale].trainingRoom;
const bodyName = (locale: Locale, body: keyof typeof da.bodies) => MESSAGES[locale].bodies[body];

/** Starts a session of the case through the start form; returns its code and the control page's address. */
async function startSession(page: Page, locale: Locale = "da", base = ""): Promise<{ code: string; controlUrl: string }> {
  await page.goto(`${base}${roomStartPath(locale)}`);
  await page.getByRole("radio", { name: SCENARIO.title[locale] }).check();
  await page.getByRole("button", { name: text(locale).start.submit }).click();
  await expect(page).toHaveURL(/\/traening\/styr\/[A-Za-z0-9_-]{43}$/);
  const code = (await page.getByTestId("join-code").innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  return { code, controlUrl: page.url() };
}

/** A participant's phone: its own browser context, joining by typing the code as people do. */
async function joinOnPhone(browser: Browser, code: string, { javaScriptEnabled = true } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 }, isMobile: true });
  const phone = await context.newPage();
  await phone.goto(joinPath("da"));
  expect(await smallTapTargets(phone)).toEqual([]);
  await phone.getByLabel(da.trainingRoom.join.codeLabel).fill(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `);
  await phone.getByRole("button", { name: da.trainingRoom.join.submit }).click();
  await expect(phone).toHaveURL(new RegExp(`${joinPath("da", code)}$`));
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(SCENARIO.title.da);
  return phone;
}

async function vote(phone: Page, body: keyof typeof da.bodies) {
  await phone.getByRole("radio", { name: da.bodies[body], exact: true }).check();
  await phone.getByRole("button", { name: da.trainingRoom.vote.submit }).click();
  await expect(phone.getByRole("heading", { name: da.trainingRoom.vote.counted })).toBeVisible();
}

/** Clicks the trainer's forward button until the reveal ends, checking that each click moves one stage. Returns the number of stages. */
async function stepToTheEnd(page: Page): Promise<number> {
  const progress = page.locator("#styring p");
  const [current, total] = ((await progress.innerText()).match(/\d+/g) ?? []).map(Number) as [number, number];
  for (let stage = current; stage < total; stage++) {
    await page.locator("#styring button.button-primary").click();
    await expect(progress).toHaveText(new RegExp(`^\\D+ ${stage + 1} \\D+ ${total}$`));
  }
  await expect(page.locator("#styring button.button-primary")).toHaveCount(0);
  return total;
}

const tallyRow = (page: Page, body: string) => page.locator(`.room-tally li[data-body="${body}"] .room-tally-count`);
const voterToken = (seed: number) => `e2e-voter-${String(seed).padStart(12, "0")}`;
const votePost = (request: APIRequestContext, code: string, data: unknown, address = "198.51.100.1") =>
  request.post(roomVoteApiPath(code), { data, headers: { "X-Forwarded-For": address, "Content-Type": "application/json" } });

test("three phones vote, the projector counts them, and the trainer steps through the answer", async ({ page, browser }) => {
  // Four browsers and every stage of the reveal: the longest walk of the room.
  test.setTimeout(90_000);
  const { code } = await startSession(page);
  await expect(page.locator(".room-tally-total")).toHaveText("Ingen stemmer endnu");
  await expect(page.getByText(/^Dette er dit private link/)).toBeVisible();
  await expect(page.locator(".room-join-address")).toContainText(`${joinPath("da")} `);

  const phones = await Promise.all([0, 1, 2].map(() => joinOnPhone(browser, code)));
  expect(await smallTapTargets(phones[0]!)).toEqual([]);
  await vote(phones[0]!, "SSP");
  await vote(phones[1]!, "POLICE");
  await vote(phones[2]!, "SSP");

  // The projector polls: the tally and its split appear without a reload.
  await expect(page.locator(".room-tally-total")).toHaveText("3 stemmer");
  await expect(tallyRow(page, "SSP")).toHaveText("2 stemmer");
  await expect(tallyRow(page, "POLICE")).toHaveText("1 stemme");
  await expect(page.locator(".room-tally li").first()).toHaveAttribute("data-body", "SSP");
  // No cookie on a phone that voted, nor on the projector.
  for (const context of [page.context(), ...phones.map((phone) => phone.context())]) expect(await context.cookies()).toEqual([]);

  await page.getByRole("button", { name: da.trainingRoom.control.closeVote }).click();
  await expect(page.getByText(da.trainingRoom.control.votingClosed)).toBeVisible();
  // Each phone follows the trainer without a reload.
  for (const phone of phones) await expect(phone.getByText(da.trainingRoom.vote.reveal)).toBeVisible({ timeout: 30_000 });

  const total = await stepToTheEnd(page);
  const reveal = page.locator(".room-reveal");
  const route = reveal.locator(".route-column");
  await expect(route.locator("dt").first()).toHaveText(da.training.firstContact);
  await expect(route.locator("dd").first()).toHaveText(bodyName("da", "SSP"));
  await expect(reveal).toContainText(`2 af 3 stemte på ${bodyName("da", "SSP")}.`);
  for (const body of SCENARIO.expected.also) await expect(reveal).toContainText(bodyName("da", body as keyof typeof da.bodies));
  await expect(reveal.getByRole("listitem").filter({ hasText: "Du er lærer på en folkeskole" })).toHaveCount(0);
  await expect(reveal).toContainText(SCENARIO.learningPoints[0]!.da);
  await expect(reveal).toContainText(SCENARIO.discussionQuestions[0]!.da);
  await expect(reveal).not.toContainText(SCENARIO.expected.rule);
  // The decision model beside the text marks the case's route to its end.
  await expect(reveal.locator(`svg [data-state="${SCENARIO.expected.rule}"][data-route="taken"]`)).toHaveCount(1);
  await expect(phones[0]!.getByText(da.trainingRoom.vote.finished)).toBeVisible({ timeout: 15_000 });

  // Back, one stage at a time.
  await page.getByRole("button", { name: da.trainingRoom.control.back }).click();
  await expect(page.locator("#styring p")).toHaveText(`Trin ${total - 1} af ${total}`);
  await expect(reveal).not.toContainText(SCENARIO.learningPoints[0]!.da);
  for (const phone of phones) await phone.context().close();
});

test("without JavaScript a phone votes, is told so, and a trainer runs the session", async ({ browser }) => {
  const trainerContext = await browser.newContext({ javaScriptEnabled: false });
  const projector = await trainerContext.newPage();
  const { code, controlUrl } = await startSession(projector);
  const phone = await joinOnPhone(browser, code, { javaScriptEnabled: false });

  await phone.getByRole("button", { name: da.trainingRoom.vote.submit }).click();
  await expect(phone.getByRole("alert", { name: da.question.errorSummaryTitle })).toContainText(da.trainingRoom.vote.errorChoose);
  await vote(phone, "INFOHOUSE");
  await expect(phone).toHaveURL(/\?stemme=talt$/);

  await projector.getByRole("link", { name: da.trainingRoom.control.refresh }).click();
  await expect(tallyRow(projector, "INFOHOUSE")).toHaveText("1 stemme");
  await projector.getByRole("button", { name: da.trainingRoom.control.closeVote }).click();
  await expect(projector).toHaveURL(controlUrl);
  await expect(projector.getByRole("button", { name: da.trainingRoom.control.next.question })).toBeVisible();

  await phone.goto(joinPath("da", code));
  await expect(phone.getByText(da.trainingRoom.vote.reveal)).toBeVisible();
  await expect(phone.getByRole("radio")).toHaveCount(0);
  await trainerContext.close();
  await phone.context().close();
});

/** Opens the projector view the way the trainer does, from the control page's link, in a new window. */
async function openProjector(page: Page): Promise<Page> {
  const [projector] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("link", { name: da.trainingRoom.control.projectorLink }).click(),
  ]);
  await expect(projector.getByRole("heading", { level: 1 })).toHaveText(SCENARIO.title.da);
  return projector;
}

const pathOfQrModules = (svg: string) => /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];

test("the projector view opens from the control page without the control token, shows the code and its QR code, counts the votes and follows the trainer", async ({
  page,
  request,
  baseURL,
}) => {
  const { code, controlUrl } = await startSession(page);
  const token = new URL(controlUrl).pathname.split("/").pop()!;
  const projector = await openProjector(page);
  await expect(projector).toHaveURL(`${baseURL}${roomProjectorPath("da", code)}`);
  expect(projector.url()).not.toContain(token);
  // The new window is not told where it was opened from: the control page's address holds the token.
  expect(await projector.evaluate(() => document.referrer)).toBe("");
  const html = await (await request.get(roomProjectorPath("da", code))).text();
  expect(html).toContain(code);
  expect(html).not.toContain(token);

  await expect(projector.getByTestId("join-code")).toHaveText(code);
  const joinUrl = `${baseURL}${joinPath("da", code)}`;
  await expect(projector.getByRole("link", { name: joinUrl, exact: true })).toHaveAttribute("href", joinUrl);
  const qr = projector.getByRole("img", { name: da.trainingRoom.control.qrLabel });
  await expect(qr.locator("svg")).toBeVisible();
  // The QR code is the one of the address beside it.
  expect(await qr.locator("path[stroke]").getAttribute("d")).toBe(pathOfQrModules(await joinQrSvg(joinUrl)));

  await expect(projector.locator(".room-tally-total")).toHaveText("Ingen stemmer endnu");
  expect((await votePost(request, code, { question: "first", choice: "SSP", voter: voterToken(10) })).status()).toBe(201);
  await expect(tallyRow(projector, "SSP")).toHaveText("1 stemme");

  // The trainer moves on in the control page; the projector follows without a reload.
  await page.getByRole("button", { name: da.trainingRoom.control.closeVote }).click();
  await expect(projector.getByText(da.trainingRoom.control.votingClosed)).toBeVisible();
  await expect(projector.getByTestId("join-code")).toHaveCount(0);
  await page.getByRole("button", { name: da.trainingRoom.control.next.question }).click();
  await expect(projector.getByRole("heading", { name: da.trainingRoom.control.questionsHeading })).toBeVisible();
  await expect(projector.locator("#styring")).toHaveCount(0);
});

test("without JavaScript the projector view reloads itself and shows new votes", async ({ page, browser, request }) => {
  const { code } = await startSession(page);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const projector = await context.newPage();
  await projector.goto(roomProjectorPath("da", code));
  await expect(projector.locator(".room-tally-total")).toHaveText("Ingen stemmer endnu");
  expect((await votePost(request, code, { question: "first", choice: "POLICE", voter: voterToken(11) })).status()).toBe(201);
  await expect(tallyRow(projector, "POLICE")).toHaveText("1 stemme", { timeout: (PROJECTOR_RELOAD_SECONDS + 10) * 1000 });
  await context.close();
});

test.describe("on a projector of 1366 × 768", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the vote's question and its count fit the screen on the control page and the projector view, with the QR code 40 % of its height", async ({
    page,
    request,
  }) => {
    const { code } = await startSession(page);
    for (const [index, choice] of (["SSP", "POLICE", "INFOHOUSE", "SSP"] as const).entries())
      expect((await votePost(request, code, { question: "first", choice, voter: voterToken(20 + index) })).status()).toBe(201);
    const bottom = async (part: Locator) => {
      const box = (await part.boundingBox())!;
      return box.y + box.height;
    };
    const expectCountOnScreen = async (screen: Page) => {
      await screen.reload();
      await expect(screen.locator(".room-tally li")).toHaveCount(3);
      expect(await bottom(screen.getByRole("heading", { name: da.trainingRoom.control.voteHeading })), screen.url()).toBeLessThanOrEqual(
        768,
      );
      expect(await bottom(screen.locator(".room-tally")), screen.url()).toBeLessThanOrEqual(768);
    };
    await expectCountOnScreen(page);
    const projector = await openProjector(page);
    await expectCountOnScreen(projector);
    const qr = await projector.getByRole("img", { name: da.trainingRoom.control.qrLabel }).boundingBox();
    expect(qr!.height).toBeGreaterThanOrEqual(0.4 * 768);
    expect(await bottom(projector.getByRole("img", { name: da.trainingRoom.control.qrLabel }))).toBeLessThanOrEqual(768);
    expect(await bottom(projector.getByTestId("join-code"))).toBeLessThanOrEqual(768);
  });
});

test("a participant and the trainer need only the keyboard", async ({ page, browser }) => {
  const { code } = await startSession(page);
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(joinPath("da"));
  await tabUntil(phone, phone.getByLabel(da.trainingRoom.join.codeLabel), "the code field");
  await phone.keyboard.type(code.toLowerCase());
  await phone.keyboard.press("Enter");
  await expect(phone).toHaveURL(new RegExp(`${joinPath("da", code)}$`));
  await tabUntil(phone, phone.getByRole("radio").first(), "the first body");
  await phone.keyboard.press("ArrowDown");
  await phone.keyboard.press("Space");
  await expect(phone.getByRole("radio", { name: da.bodies.POLICE, exact: true })).toBeChecked();
  await tabUntil(phone, phone.getByRole("button", { name: da.trainingRoom.vote.submit }), "the vote button");
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("status")).toContainText(da.trainingRoom.vote.counted);
  await expect(phone.getByRole("status")).toBeFocused();

  await expect(tallyRow(page, "POLICE")).toHaveText("1 stemme");
  await tabUntil(page, page.getByRole("button", { name: da.trainingRoom.control.closeVote }), "the close button");
  await page.keyboard.press("Enter");
  await expect(page.getByText(da.trainingRoom.control.votingClosed)).toBeVisible();
  await phone.context().close();
});

test.describe("the vote API", () => {
  test("counts a vote once, refuses a second one kindly, and refuses what is not an option with 400", async ({ page, request }) => {
    const { code } = await startSession(page);
    const first = { question: "first", choice: "SSP", voter: voterToken(1) };
    expect((await votePost(request, code, first)).status()).toBe(201);
    const again = await votePost(request, code, { ...first, choice: "POLICE" });
    expect(again.status()).toBe(409);
    expect(await again.json()).toMatchObject({ error: "already_voted" });

    for (const choice of ["PET", "NOT_A_BODY", 7]) {
      const refused = await votePost(request, code, { ...first, voter: voterToken(2), choice });
      expect(refused.status(), String(choice)).toBe(400);
      expect((await refused.json()).message).toMatch(/Choose one of the bodies/);
    }
    for (const data of ["not json {", { question: "first", choice: "SSP" }, { ...first, voter: voterToken(3), extra: 1 }]) {
      expect((await votePost(request, code, data)).status(), JSON.stringify(data)).toBe(400);
    }
    expect(
      (await request.post(roomVoteApiPath(code), { data: "x".repeat(5000), headers: { "Content-Type": "application/json" } })).status(),
    ).toBe(413);

    const state = await (await request.get(roomStateApiPath(code))).json();
    expect(state).toEqual({ code, scenario: SCENARIO.slug, stage: 0, votingOpen: true, question: "first", counts: { SSP: 1 }, voters: 1 });

    await page.goto(`${joinPath("da", code)}?stemme=allerede`);
    await expect(page.getByRole("status")).toContainText(da.trainingRoom.vote.already);
  });

  test("answers 404 for an unknown code and never a 5xx for nonsense", async ({ request }) => {
    expect((await votePost(request, "ZZZZZZ", { question: "first", choice: "SSP", voter: voterToken(4) })).status()).toBe(404);
    for (const code of ["ZZZZZZ", "nope", "a".repeat(300)]) {
      const response = await request.get(roomStateApiPath(code));
      expect(response.status(), code).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not_found" });
    }
    // A broken %-escape is refused before any route reads it.
    for (const path of [
      roomStateApiPath("%E0%A4%A"),
      roomVoteApiPath("%E0%A4%A"),
      joinPath("da", "%E0%A4%A"),
      roomControlPath("da", "%E0%A4%A"),
    ]) {
      expect((await request.fetch(path, { method: path.endsWith("stemmer") ? "POST" : "GET" })).status(), path).toBe(400);
    }
  });

  test("throttles a flood of votes from one address with 429 and Retry-After", async ({ request }) => {
    const address = "203.0.113.77";
    const responses = await Promise.all(
      Array.from({ length: 400 }, (_, index) =>
        votePost(request, "ZZZZZZ", { question: "first", choice: "SSP", voter: voterToken(1000 + index) }, address),
      ),
    );
    const statuses = responses.map((response) => response.status());
    expect(statuses.every((status) => status === 404 || status === 429)).toBe(true);
    const throttled = responses.find((response) => response.status() === 429)!;
    expect(throttled).toBeDefined();
    expect(Number(throttled.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    // Another address is not held back.
    expect((await votePost(request, "ZZZZZZ", { question: "first", choice: "SSP", voter: voterToken(5) }, "203.0.113.78")).status()).toBe(
      404,
    );
  });
});

test.describe("one address", () => {
  test("takes at most 40 voter places in a session at once, enough for a class behind one router, not all 200", async ({
    page,
    request,
  }) => {
    const { code } = await startSession(page);
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        votePost(request, code, { question: "first", choice: "SSP", voter: voterToken(2000 + index) }, "203.0.113.90"),
      ),
    );
    const counted = responses.filter((response) => response.status() === 201).length;
    const throttled = responses.filter((response) => response.status() === 429);
    console.log(`60 voters from one address: ${counted} counted, ${throttled.length} refused with 429`);
    expect(counted).toBeGreaterThanOrEqual(30);
    expect(counted).toBeLessThanOrEqual(40);
    expect(Number(throttled[0]?.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await votePost(request, code, { question: "first", choice: "SSP", voter: voterToken(2100) }, "203.0.113.91")).status()).toBe(
      201,
    );
  });

  test("cannot guess join codes: after 30 that lead nowhere it gets 429 with Retry-After, and the join page says to wait", async ({
    page,
    request,
  }) => {
    const guesser = { "X-Forwarded-For": "203.0.113.92" };
    const size = CODE_ALPHABET.length;
    const codes = Array.from({ length: 60 }, (_, index) => `ZZZZ${CODE_ALPHABET[Math.floor(index / size)]}${CODE_ALPHABET[index % size]}`);
    const responses = await Promise.all(codes.map((code) => request.get(roomStateApiPath(code), { headers: guesser })));
    const looked = responses.filter((response) => response.status() === 404).length;
    const throttled = responses.filter((response) => response.status() === 429);
    console.log(`60 guessed codes from one address: ${looked} looked up, ${throttled.length} refused with 429`);
    expect(looked).toBeLessThanOrEqual(30);
    expect(Number(throttled[0]?.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(await throttled[0]?.json()).toMatchObject({ error: "too_many_requests" });

    await page.setExtraHTTPHeaders(guesser);
    await page.goto(joinPath("da", "ZZZZZZ"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(da.trainingRoom.join.tooManyTitle);
    // Another address is not held back.
    expect((await request.get(roomStateApiPath("ZZZZZZ"), { headers: { "X-Forwarded-For": "203.0.113.93" } })).status()).toBe(404);
  });
});

test("without the database the room says so, and the API answers 503", async ({ page, request }) => {
  const base = `http://127.0.0.1:${PORTS.appWithoutDatabase}`;
  for (const path of [
    roomStartPath("da"),
    joinPath("da", "ZZZZZZ"),
    roomControlPath("da", "x".repeat(43)),
    roomSummaryPath("da", "x".repeat(43)),
  ]) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(da.training.unavailableTitle);
  }
  const summaryFile = await request.get(`${base}${roomSummaryCsvPath("da", "x".repeat(43))}`);
  expect(summaryFile.status()).toBe(503);
  expect(await summaryFile.text()).toContain(da.training.unavailableTitle);
  const state = await request.get(`${base}${roomStateApiPath("ZZZZZZ")}`);
  expect(state.status()).toBe(503);
  expect(await state.json()).toMatchObject({ error: "unavailable" });
  const vote = await request.post(`${base}${roomVoteApiPath("ZZZZZZ")}`, {
    data: { question: "first", choice: "SSP", voter: voterToken(7) },
  });
  expect(vote.status()).toBe(503);
});

test.describe("codes and links that lead nowhere", () => {
  test("a code of the wrong form is explained on the join page", async ({ page }) => {
    await page.goto(`${joinPath("da")}?kode=12`);
    await expect(page.getByRole("alert", { name: da.question.errorSummaryTitle })).toContainText(da.trainingRoom.join.errorCode);
    await expect(page.getByLabel(da.trainingRoom.join.codeLabel)).toHaveValue("12");
  });

  test("an unknown code gets a clear page with status 404 and the form to type it again", async ({ page }) => {
    const response = await page.goto(joinPath("da", "ZZZZZZ"));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(da.trainingRoom.join.notFoundTitle);
    await page.getByLabel(da.trainingRoom.join.codeLabel).fill("zzz zzy");
    await page.getByRole("button", { name: da.trainingRoom.join.submit }).click();
    await expect(page).toHaveURL(new RegExp(`${joinPath("da", "ZZZZZY")}$`));
  });

  test("an unknown control link gets a clear page with status 404", async ({ page }) => {
    const response = await page.goto(roomControlPath("da", "x".repeat(43)));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(da.trainingRoom.control.notFoundTitle);
  });

  test("an expired code gets the same page once the session's lifetime has passed", async ({ page, request }) => {
    // This server gives a session TRAINING_SESSION_SECONDS (see playwright.config.ts) instead of 12 hours.
    const base = `http://127.0.0.1:${PORTS.appWithShortSessions}`;
    const { code, controlUrl } = await startSession(page, "da", base);
    await expect.poll(async () => (await request.get(`${base}${roomStateApiPath(code)}`)).status(), { timeout: 30_000 }).toBe(404);
    const response = await page.goto(`${base}${joinPath("da", code)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(da.trainingRoom.join.notFoundTitle);
    expect((await page.goto(controlUrl))?.status()).toBe(404);
    expect((await votePost(request, code, { question: "first", choice: "SSP", voter: voterToken(6) })).status()).toBe(404);
  });
});

/** Fails with the list of violations, so the report says what is wrong and where. */
async function expectNoViolations(makeAxeBuilder: () => AxeBuilder, page: Page) {
  const { violations } = await makeAxeBuilder().analyze();
  const summary = violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

for (const locale of ["da", "en"] as const) {
  test(`every room page is axe-clean (${locale})`, async ({ page, makeAxeBuilder, browser }) => {
    const t = text(locale);
    await page.goto(roomStartPath(locale));
    await expectNoViolations(makeAxeBuilder, page);
    await page.getByRole("button", { name: t.start.submit }).click();
    await expect(page.getByRole("alert", { name: MESSAGES[locale].question.errorSummaryTitle })).toContainText(t.start.errorChooseScenario);
    await expectNoViolations(makeAxeBuilder, page);

    const { code, controlUrl } = await startSession(page, locale);
    await expectNoViolations(makeAxeBuilder, page);

    const phone = await (await browser.newContext()).newPage();
    await phone.goto(joinPath(locale));
    await expectNoViolations(makeAxeBuilder, phone);
    await phone.goto(`${joinPath(locale)}?kode=1`);
    await expect(phone.getByRole("alert", { name: MESSAGES[locale].question.errorSummaryTitle })).toBeVisible();
    await expectNoViolations(makeAxeBuilder, phone);
    await phone.goto(joinPath(locale, code));
    await expectNoViolations(makeAxeBuilder, phone);
    await phone.getByRole("button", { name: t.vote.submit }).click();
    await expect(phone.getByRole("alert", { name: MESSAGES[locale].question.errorSummaryTitle })).toContainText(t.vote.errorChoose);
    await expectNoViolations(makeAxeBuilder, phone);
    await phone.getByRole("radio", { name: bodyName(locale, "HOTLINE") }).check();
    await phone.getByRole("button", { name: t.vote.submit }).click();
    await expect(phone.getByRole("status")).toContainText(t.vote.counted);
    await expectNoViolations(makeAxeBuilder, phone);

    await page.goto(controlUrl);
    await page.getByRole("button", { name: t.control.closeVote }).click();
    await expect(page.getByText(t.control.votingClosed)).toBeVisible();
    await stepToTheEnd(page);
    await expect(page.locator(".room-reveal")).toContainText(t.control.finished);
    await expectNoViolations(makeAxeBuilder, page);

    await phone.goto(joinPath(locale, code));
    await expect(phone.getByText(t.vote.finished)).toBeVisible();
    await expectNoViolations(makeAxeBuilder, phone);
    await phone.goto(joinPath(locale, "ZZZZZZ"));
    await expectNoViolations(makeAxeBuilder, phone);
    await phone.goto(roomControlPath(locale, "x".repeat(43)));
    await expectNoViolations(makeAxeBuilder, phone);
    await phone.context().close();
  });
}

for (const locale of ["da", "en"] as const) {
  test(`the summary to take home holds the room's counts and the route, as a CSV file and a printable page, axe-clean (${locale})`, async ({
    page,
    request,
    makeAxeBuilder,
  }) => {
    const t = text(locale).summary;
    const question = t.questions.first;
    const { code, controlUrl } = await startSession(page, locale);
    const token = new URL(controlUrl).pathname.split("/").pop()!;
    const address = locale === "da" ? "198.51.100.40" : "198.51.100.41";
    for (const [index, choice] of (["SSP", "POLICE", "SSP"] as const).entries()) {
      expect((await votePost(request, code, { question: "first", choice, voter: voterToken(40 + index) }, address)).status()).toBe(201);
    }

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.csvLink }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^henvis-(opsummering|summary)-${SCENARIO.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = await readFile(await download.path(), "utf8");
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[1]).toEqual([t.csv.case, SCENARIO.title[locale], ""]);
    expect(rows).toContainEqual([question, bodyName(locale, "SSP"), "2"]);
    expect(rows).toContainEqual([question, bodyName(locale, "POLICE"), "1"]);
    expect(rows).toContainEqual([question, bodyName(locale, "INFOHOUSE"), "0"]);
    expect(rows).toContainEqual([question, t.voters, "3"]);
    expect(rows).toContainEqual([t.csv.first, bodyName(locale, "SSP"), ""]);
    for (const body of SCENARIO.expected.also)
      expect(rows).toContainEqual([t.csv.also, bodyName(locale, body as keyof typeof da.bodies), ""]);
    // Counts only: nothing of a voter, and not the control token either.
    expect(csv).not.toContain("e2e-voter");
    expect(csv).not.toMatch(/[0-9a-f]{64}/);
    expect(csv).not.toContain(token);
    const file = await request.get(roomSummaryCsvPath(locale, token));
    expect(file.status()).toBe(200);
    expect(file.headers()).toMatchObject({
      "content-type": "text/csv; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    });
    expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="henvis-[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/);

    await page.getByRole("link", { name: t.pageLink }).click();
    await expect(page).toHaveURL(new RegExp(`${roomSummaryPath(locale, token)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SCENARIO.title[locale]);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
    await expect(page.getByText(t.expires.split("{expires}")[0]!)).toBeVisible();
    const table = page.getByRole("table", { name: question });
    const cells = (part: string) =>
      table
        .locator(`${part} tr`)
        .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent)));
    expect(await cells("tbody")).toEqual([
      [bodyName(locale, "SSP"), "2"],
      [bodyName(locale, "POLICE"), "1"],
    ]);
    expect(await cells("tfoot")).toEqual([[t.voters, "3"]]);
    const route = page.locator(".route-column");
    await expect(route.locator("dd").first()).toHaveText(bodyName(locale, "SSP"));
    for (const body of SCENARIO.expected.also) await expect(route).toContainText(bodyName(locale, body as keyof typeof da.bodies));
    await expect(page.locator("main")).toContainText(SCENARIO.learningPoints[0]![locale]);
    await expect(page.locator("main")).toContainText(SCENARIO.discussionQuestions[0]![locale]);
    await expectNoViolations(makeAxeBuilder, page);
    // On paper: the votes and the route, without the links and the note on when the summary is deleted.
    await page.emulateMedia({ media: "print" });
    await expect(table).toBeVisible();
    await expect(page.getByRole("link", { name: t.csvLink })).toBeHidden();
    await expect(page.getByText(t.expires.split("{expires}")[0]!)).toBeHidden();

    // A control token that opens no session, or a segment that cannot be one, opens neither.
    for (const unknown of [randomBytes(32).toString("base64url"), "nope"]) {
      expect((await request.get(roomSummaryCsvPath(locale, unknown))).status(), unknown).toBe(404);
      const response = await page.goto(roomSummaryPath(locale, unknown));
      expect(response?.status(), unknown).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale).control.notFoundTitle);
    }
  });
}
