import { describe, expect, it } from "vitest";
import { readPageAddress, singleValue, singleValues } from "@/lib/http/request-fields";
import { readPageState } from "@/lib/journey/page-state";
import { encodeAnswers } from "@/lib/journey/url-state";
import { readGuess } from "@/lib/training/guess";
import { GUESS_FIELDS } from "@/lib/training/query-fields";

describe("a page's query, each parameter as one value", () => {
  it("keeps the first value of a parameter the address repeats, and leaves a missing one undefined", () => {
    expect(singleValue(["talt", "fejl"])).toBe("talt");
    expect(singleValue("talt")).toBe("talt");
    expect(singleValue(undefined)).toBeUndefined();
    expect(singleValues({ besked: ["gemt", "afvist"], q: "ssp", fejl: undefined })).toEqual({ besked: "gemt", q: "ssp", fejl: undefined });
  });

  it("comes with the address's locale, Danish for one the app does not have", async () => {
    const read = (locale: string, search: Record<string, string | string[]>) =>
      readPageAddress(Promise.resolve({ locale }), Promise.resolve(search));
    expect(await read("en", { status: ["stale", "retired"] })).toEqual({ locale: "en", query: { status: "stale" } });
    expect(await read("xx", {})).toEqual({ locale: "da", query: {} });
  });

  it("gives a question page the answers of the first `a` when the address has two", async () => {
    const answers = encodeAnswers({ acuteDanger: false });
    const state = await readPageState(Promise.resolve({ locale: "da" }), Promise.resolve({ a: [answers, "not-answers"] }));
    expect(state.intact).toBe(true);
    expect(state.journey.answers).toEqual({ acuteDanger: false });
  });

  it("reads the first body of a guess from its first value, and every value of the lists", () => {
    const guess = readGuess({ [GUESS_FIELDS.first]: ["SSP", "PSP"], [GUESS_FIELDS.also]: ["PSP", "KSP"] });
    expect(guess).toEqual({ first: "SSP", also: ["PSP", "KSP"], duties: [] });
  });
});
