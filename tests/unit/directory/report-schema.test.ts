import { describe, expect, it } from "vitest";
import { parseTarget, targetKey } from "@/lib/directory/report-target";
import { channelField, decodeReportErrors, reportErrors, reportSchema } from "@/lib/directory/reports/report-schema";

const report = (fields: Record<string, string>) => reportSchema.safeParse({ target: "contact:ssp-159", reason: "NO_ANSWER", ...fields });

describe("a worker's report about a contact", () => {
  it("names a contact in the directory, a municipality's or police district's channel, or a number in code, and nothing else", () => {
    for (const key of ["contact:ssp-159", "municipality:101", "district:fyns-politi", "fixed:hotline"]) {
      expect(targetKey(parseTarget(key)!)).toBe(key);
    }
    for (const key of ["contact:", "municipality:1010", "district:Fyns Politi", "fixed:pet", "contact:ssp-159?a=1.d1", "anything"]) {
      expect(parseTarget(key), key).toBeUndefined();
    }
  });

  it("takes one of the four reasons, with nothing else needed", () => {
    expect(report({}).success).toBe(true);
    expect(reportErrors(report({ reason: "" }).error!.issues)).toEqual({ reason: "reason" });
    expect(reportErrors(report({ reason: "SOMETHING" }).error!.issues)).toEqual({ reason: "reason" });
  });

  it("takes a suggested channel only as a phone number, an e-mail address or a web address, written as the directory writes it", () => {
    const source = "https://www.gladsaxe.dk/ssp";
    expect(report({ suggestedChannel: "+45 39575705", suggestedSource: source }).data?.suggestedChannel).toBe("39 57 57 05");
    expect(report({ suggestedChannel: "SSP@Gladsaxe.dk", suggestedSource: source }).data?.suggestedChannel).toBe("ssp@gladsaxe.dk");
    expect(report({ suggestedChannel: "https://www.gladsaxe.dk/ssp", suggestedSource: source }).data?.suggestedChannel).toBe(
      "https://www.gladsaxe.dk/ssp",
    );
    // Free text is where a worker could write about a person: it is refused, as are the short numbers.
    for (const text of ["Ring til Mette, hun kender drengen", "112", "1234", "javascript:alert(1)"]) {
      expect(reportErrors(report({ suggestedChannel: text, suggestedSource: source }).error!.issues), text).toEqual({
        suggestedChannel: "channel",
      });
    }
  });

  it("asks for the page that gives a suggested channel, and takes only a web address for it", () => {
    expect(reportErrors(report({ suggestedChannel: "39 57 57 05" }).error!.issues)).toEqual({ suggestedSource: "sourceNeeded" });
    expect(reportErrors(report({ suggestedChannel: "39 57 57 05", suggestedSource: "gladsaxe.dk" }).error!.issues)).toEqual({
      suggestedSource: "source",
    });
    expect(reportErrors(report({ suggestedChannel: "x".repeat(201) }).error!.issues).suggestedChannel).toBe("tooLong");
  });

  it("carries a refused form's problems back through its address, leaving out what it does not know", () => {
    expect(decodeReportErrors("reason:reason,suggestedSource:sourceNeeded")).toEqual({ reason: "reason", suggestedSource: "sourceNeeded" });
    expect(decodeReportErrors("target:reason,reason:<script>,suggestedChannel")).toEqual({});
    expect(decodeReportErrors(undefined)).toEqual({});
  });

  it("fills in the field of a contact that a suggested channel belongs in", () => {
    expect(channelField("39 57 57 05")).toBe("phone");
    expect(channelField("ssp@gladsaxe.dk")).toBe("email");
    expect(channelField("https://www.gladsaxe.dk/ssp")).toBe("url");
  });
});
