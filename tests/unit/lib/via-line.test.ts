import { describe, expect, it } from "vitest";
import { viaLine } from "@/lib/result/contact-line";

describe("the call card's line for a body reached through another", () => {
  it("leaves out a name the sentence already says, with its number", () => {
    expect(viaLine("Politiet – 114", "114", "Ring til politiet på 114, og spørg efter PSP.")).toBe(
      "Ring til politiet på 114, og spørg efter PSP.",
    );
  });

  it("keeps a name that tells which police district or municipality to call", () => {
    expect(viaLine("Fyns Politi", "114", "Ring til politiet på 114, og spørg efter PSP.")).toBe(
      "Fyns Politi: Ring til politiet på 114, og spørg efter PSP.",
    );
    expect(viaLine("Aarhus Kommune", "89 40 20 00", "Ring til kommunens hovednummer, og spørg efter SSP.")).toBe(
      "Aarhus Kommune: Ring til kommunens hovednummer, og spørg efter SSP.",
    );
  });
});
