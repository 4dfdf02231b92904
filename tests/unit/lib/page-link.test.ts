import { describe, expect, it } from "vitest";
import { pageLink } from "@/lib/result/page-link";

describe("a link to an organisation's page", () => {
  it("reads as going to the organisation's page in Danish genitive, never as a bare address", () => {
    const cases: [string, string][] = [
      ["Aarhus Kommune", "Gå til Aarhus Kommunes side"],
      ["Østjyllands Politi", "Gå til Østjyllands Politis side"],
      ["Kriminalforsorgen", "Gå til Kriminalforsorgens side"],
      ["Aarhus", "Gå til Aarhus' side"],
      ["PET – Politiets Efterretningstjeneste", "Gå til PET's side"],
      ["Horsens Kommune: underretning om børn og unge", "Gå til Horsens Kommunes side"],
      [
        "Center for Dokumentation og Indsats mod Ekstremisme (Udlændingestyrelsen)",
        "Gå til Center for Dokumentation og Indsats mod Ekstremismes side",
      ],
    ];
    for (const [name, text] of cases) expect(pageLink("https://www.example.dk/a/very/long/path", name, "da").text).toBe(text);
  });

  it("reads in English with 's, or an apostrophe after s, and shows the host apart", () => {
    expect(pageLink("https://www.aarhus.dk/x", "Aarhus Municipality", "en")).toEqual({
      href: "https://www.aarhus.dk/x",
      text: "Go to Aarhus Municipality's page",
      host: "aarhus.dk",
    });
    expect(pageLink("https://politi.dk", "East Jutland Police", "en").text).toBe("Go to East Jutland Police's page");
    expect(pageLink("https://example.dk", "Aarhus", "en").text).toBe("Go to Aarhus' page");
  });
});
