import { describe, expect, it } from "vitest";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

type Messages = string | readonly Messages[] | { readonly [key: string]: Messages };

/** Every text as path → text, e.g. "question.progress" → "Spørgsmål {number} af højst {atMost}". */
function flatten(messages: Messages, path = ""): Map<string, string> {
  if (typeof messages === "string") return new Map([[path, messages]]);
  const entries = Array.isArray(messages) ? messages.map((value, index) => [String(index), value] as const) : Object.entries(messages);
  return new Map(entries.flatMap(([key, value]) => [...flatten(value, path ? `${path}.${key}` : key)]));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the Danish and English texts", () => {
  const danish = flatten(da);
  const english = flatten(en);

  it("have exactly the same keys", () => {
    expect([...english.keys()].sort()).toEqual([...danish.keys()].sort());
  });

  it("are never empty and use the same placeholders", () => {
    for (const [path, text] of danish) {
      const translation = english.get(path) ?? "";
      expect(text.trim(), path).not.toBe("");
      expect(translation.trim(), path).not.toBe("");
      expect(placeholders(translation), path).toEqual(placeholders(text));
    }
  });
});
