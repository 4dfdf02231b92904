import { describe, expect, it } from "vitest";
import { ALL_SOURCED_TEXTS, ALL_SOURCES, HOTLINE, SIGN_GROUPS, sourcesOf } from "@/lib/journey/signs";
import { signsPath } from "@/lib/journey/paths";
import { LOCALES } from "@/machines/locale";

describe("the signs of concern", () => {
  it("has at least one sign in every group, and a heading in every language", () => {
    expect(SIGN_GROUPS.length).toBeGreaterThan(0);
    for (const group of SIGN_GROUPS) {
      expect(group.signs.length, group.heading.da).toBeGreaterThan(0);
      for (const locale of LOCALES) expect(group.heading[locale].trim(), group.heading.da).not.toBe("");
    }
  });

  it("gives every text in every language, with at least one https source", () => {
    for (const entry of ALL_SOURCED_TEXTS) {
      for (const locale of LOCALES) expect(entry.text[locale].trim(), `${entry.text.da} (${locale})`).not.toBe("");
      expect(entry.sources.length, entry.text.da).toBeGreaterThan(0);
      for (const source of entry.sources) expect(new URL(source.url).protocol, source.url).toBe("https:");
    }
  });

  it("names every source and shows its date as a calendar date, if it has one", () => {
    for (const source of ALL_SOURCES) {
      expect(source.title.trim(), source.url).not.toBe("");
      if (source.asOf !== undefined) expect(source.asOf, source.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("calls the hotline on the number of the always-available contacts", () => {
    expect(HOTLINE.phone).toBe("41 74 90 90");
    expect(HOTLINE.telHref).toBe("tel:+4541749090");
    for (const locale of LOCALES) expect(HOTLINE.hours[locale].trim()).not.toBe("");
  });

  it("lives at /tegn-paa-bekymring in Danish and under /en in English, and can carry the answers", () => {
    expect(signsPath("da")).toBe("/tegn-paa-bekymring");
    expect(signsPath("en")).toBe("/en/tegn-paa-bekymring");
    expect(signsPath("da", { acuteDanger: false })).toMatch(/^\/tegn-paa-bekymring\?a=1\./);
  });
});

describe("the sources a page shows", () => {
  it("are in the page's language where the text has one, and name every text's source otherwise", () => {
    for (const locale of LOCALES) {
      for (const entry of ALL_SOURCED_TEXTS) {
        const shown = sourcesOf([entry], locale);
        expect(shown.length, entry.text.da).toBeGreaterThan(0);
        if (entry.sources.some((source) => source.lang === locale)) {
          expect(
            shown.every((source) => source.lang === locale),
            `${entry.text.da} (${locale})`,
          ).toBe(true);
        }
      }
    }
  });
});
