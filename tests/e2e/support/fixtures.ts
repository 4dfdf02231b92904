// Playwright fixtures and page objects for the journey: question pages, check your answers, the result.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import axeCore from "axe-core";
import { TRACE_MODE } from "./trace-mode";

export { expect };

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// In legacy mode AxeBuilder.analyze() evaluates axe's 650 kB source in the page twice; with this
// guard the second evaluation skips the set-up, which makes a scan about 30 % faster.
const AXE_SOURCE_ONCE = `if (!window.axe) {\n${axeCore.source}\n}`;

/**
 * The project's trace, without the screencast. Screenshots on every action made a keyboard walk
 * (some 150 key presses) take about 40 % longer; the trace of a failed test still has the DOM
 * snapshots, the network and the console. `trace` is a worker option, so each spec file sets it at
 * its top: `test.use(LEAN_TRACE)`.
 */
export const LEAN_TRACE = { trace: { mode: TRACE_MODE, screenshots: false, snapshots: true, sources: true } } as const;

/** How the user operates the page: pointer clicks, or the keyboard alone (Tab, Space, arrows, End, Enter). */
export type InputMode = "mouse" | "keyboard";

type Fixtures = {
  makeAxeBuilder: () => AxeBuilder;
  /** Host and port of the app under test, e.g. "127.0.0.1:3100". */
  appHost: string;
};

export const test = base.extend<Fixtures>({
  makeAxeBuilder: async ({ page }, use) => {
    // Legacy mode runs axe in the page itself; the default opens an extra blank page for every scan,
    // which doubles the time of a scan. The app has no iframes, the one thing legacy mode cannot scan.
    await use(() => new AxeBuilder({ page, axeSource: AXE_SOURCE_ONCE }).withTags(AXE_TAGS).setLegacyMode());
  },
  appHost: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error("baseURL is not set in playwright.config.ts");
    await use(new URL(baseURL).host);
  },
});

/**
 * The same fixtures, with one page per worker that every test reuses: for specs of many short,
 * read-only page visits (each test still navigates first), it saves a browser context per test.
 */
export const sharedPageTest = test.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ workerPage }, use) => {
    await use(workerPage);
  },
});

/** The `a` parameter of the page's URL: the answers. */
export function answersParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get("a");
}

/** Presses Tab until `target` has the focus; fails after `max` presses. */
export async function tabUntil(page: Page, target: Locator, description: string, max = 40): Promise<void> {
  // One handle, so that each check after a key press is a single round trip.
  const element = await target.elementHandle();
  if (!element) throw new Error(`No ${description} on the page`);
  try {
    for (let presses = 0; presses < max; presses++) {
      await page.keyboard.press("Tab");
      if (await element.evaluate((node) => node === document.activeElement)) return;
    }
  } finally {
    await element.dispose();
  }
  throw new Error(`Tab never reached ${description} in ${max} presses`);
}

/** Presses Tab until a radio button has the focus; fails after `max` presses. */
async function tabToRadioGroup(page: Page, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === "radio")) return;
  }
  throw new Error(`Tab never reached the radio buttons in ${max} presses`);
}

export class StartPage {
  constructor(
    readonly page: Page,
    readonly mode: InputMode = "mouse",
  ) {}

  async start(): Promise<void> {
    const button = this.page.getByRole("link", { name: /^(Start nu|Start now)$/ });
    if (this.mode === "keyboard") {
      await tabUntil(this.page, button, "the start button");
      await this.page.keyboard.press("Enter");
    } else {
      await button.click();
    }
    await expect(this.page).toHaveURL(/\/trin\//);
  }
}

export class QuestionPage {
  readonly heading: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: Locator;
  readonly progress: Locator;
  readonly backLink: Locator;
  readonly select: Locator;

  constructor(
    readonly page: Page,
    readonly mode: InputMode = "mouse",
  ) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.continueButton = page.getByRole("button", { name: /^(Fortsæt|Continue)$/ });
    this.errorSummary = page
      .getByRole("alert")
      .filter({ has: page.getByRole("heading", { name: /^(Der er et problem|There is a problem)$/ }) });
    this.progress = page.locator("#progress");
    this.backLink = page.locator("a.back-link");
    this.select = page.locator("select#answer");
  }

  /** Asserts that the page asks `question`. */
  async verifyOnPage(question: string): Promise<void> {
    await expect(this.heading).toHaveText(question);
  }

  radio(label: string): Locator {
    return this.page.getByRole("radio", { name: label, exact: true });
  }

  /** Chooses the radio labelled `label`, or the municipality called `label` in the select. */
  async answer(label: string): Promise<void> {
    if ((await this.select.count()) > 0) return this.choose(label);
    if (this.mode === "mouse") {
      await this.radio(label).click();
    } else {
      await this.answerRadioWithKeyboard(label);
    }
    await expect(this.radio(label)).toBeChecked();
  }

  /** Submits the answer. */
  async continue(): Promise<void> {
    if (this.mode === "mouse") {
      await this.continueButton.click();
    } else {
      await tabUntil(this.page, this.continueButton, "the Continue button", 20);
      await this.page.keyboard.press("Enter");
    }
  }

  async answerAndContinue(question: string, label: string): Promise<void> {
    await this.verifyOnPage(question);
    await this.answer(label);
    await this.continue();
  }

  private async answerRadioWithKeyboard(label: string): Promise<void> {
    // Tab enters a radio group once, on its checked radio or else the first; the arrows move within it.
    await tabToRadioGroup(this.page);
    const labels = await this.page
      .getByRole("radio")
      .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent));
    const target = labels.indexOf(label);
    if (target === -1) throw new Error(`No radio button labelled ${label}`);
    const current = await this.page.getByRole("radio").evaluateAll((radios) => radios.indexOf(document.activeElement as HTMLElement));
    const key = target > current ? "ArrowDown" : "ArrowUp";
    for (let presses = 0; presses < Math.abs(target - current); presses++) await this.page.keyboard.press(key);
    await expect(this.radio(label)).toBeFocused();
    await this.page.keyboard.press("Space");
  }

  private async choose(label: string): Promise<void> {
    if (this.mode === "mouse") {
      await this.select.selectOption({ label });
    } else {
      await tabUntil(this.page, this.select, "the municipality list");
      const labels = await this.select.locator("option").allTextContents();
      const target = labels.indexOf(label);
      if (target === -1) throw new Error(`No municipality called ${label}`);
      // A closed select moves one option per arrow key; End jumps to the last, which is nearer for some.
      let current = await this.select.evaluate((element) => (element as HTMLSelectElement).selectedIndex);
      if (labels.length - 1 - target < Math.abs(target - current)) {
        await this.page.keyboard.press("End");
        current = labels.length - 1;
      }
      const key = target > current ? "ArrowDown" : "ArrowUp";
      for (let presses = 0; presses < Math.abs(target - current); presses++) await this.page.keyboard.press(key);
    }
    await expect(this.select.locator("option:checked")).toHaveText(label);
  }
}

export class CheckPage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly confirmLink: Locator;

  constructor(
    readonly page: Page,
    readonly mode: InputMode = "mouse",
  ) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.rows = page.locator(".summary-row");
    this.confirmLink = page.getByRole("link", { name: /^(Se, hvem du skal kontakte|See whom to contact)$/ });
  }

  async verifyOnPage(): Promise<void> {
    await expect(this.heading).toHaveText(/^(Tjek dine svar|Check your answers)$/);
  }

  /** The row that shows the answer to `question`. */
  row(question: string): Locator {
    return this.rows.filter({ has: this.page.locator("dt", { hasText: question }) });
  }

  /** The answers shown, as question → answer. */
  async answers(): Promise<Record<string, string>> {
    const shown: Record<string, string> = {};
    for (const row of await this.rows.all()) {
      shown[(await row.locator("dt").innerText()).trim()] = (await row.locator("dd").first().innerText()).trim();
    }
    return shown;
  }

  async change(question: string): Promise<void> {
    await this.row(question).getByRole("link").click();
  }

  async confirm(): Promise<void> {
    await this.verifyOnPage();
    if (this.mode === "mouse") {
      await this.confirmLink.click();
    } else {
      await tabUntil(this.page, this.confirmLink, "the confirm link", 60);
      await this.page.keyboard.press("Enter");
    }
  }
}

export class ResultPage {
  /** The one line that says what to do, e.g. "Kontakt SSP i Aarhus Kommune", or "Ring 112 nu". */
  readonly heading: Locator;
  /** The body to contact first, with the channel to use now. */
  readonly primary: Locator;
  /** The bodies under "Kontakt også", one list item each. */
  readonly also: Locator;
  /** The legal texts under "Dine pligter og de regler, der gælder". */
  readonly duties: Locator;
  readonly always: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.primary = page.locator("section.call-now");
    this.also = page.locator("h2:text-matches('^(Kontakt også|Also contact)$') + ul.contact-list > li");
    this.duties = page.locator("section.legal-basis");
    this.always = page.locator("h2:text-matches('^(Altid til rådighed|Always available)$') + ul.contact-list > li");
  }

  async verifyOnPage(): Promise<void> {
    await expect(this.heading).toHaveText(/^(Kontakt|Contact|Ring|Call|Følg|Follow) /);
  }

  /** The body whose name matches `name`, among those to contact also. */
  alsoBody(name: string | RegExp): Locator {
    return this.also.filter({ hasText: name });
  }

  duty(title: string): Locator {
    return this.duties.filter({ has: this.page.getByRole("heading", { level: 3, name: title, exact: true }) });
  }
}
