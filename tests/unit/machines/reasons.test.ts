import { describe, expect, it } from "vitest";
import type { Locale } from "../../../machines/locale";
import { REASON_TEXTS } from "../../../machines/reason-texts";
import { explainRoute } from "../../../machines/reasons";
import { replayAnswers } from "../../../machines/replay";
import { RULE_IDS } from "../../../machines/rules";
import { DUTY_KEYS, type Answers, type BodyKey, type DutyKey, type Outcome } from "../../../machines/vocabulary";
import { everyFullAnswerSet } from "../../model/answer-space";

function complete(answers: Answers): Outcome {
  const result = replayAnswers(answers);
  if (result.status !== "complete") throw new Error(`incomplete: ${JSON.stringify(answers)}`);
  return result.outcome;
}

// How a reader recognises each body, and each duty, in a sentence.
const BODY_NAMES: Record<Locale, Record<BodyKey, RegExp>> = {
  da: {
    EMERGENCY: /112/,
    POLICE: /politiet \(114\)/,
    INFOHOUSE: /Infohuset/,
    SSP: /SSP/,
    PSP: /PSP/,
    KSP: /KSP/,
    KRIMINALFORSORGEN: /Kriminalforsorgen/,
    MUNICIPALITY: /kommunen/,
    HOTLINE: /Hotline mod radikalisering/,
    CDE: /CDE/,
    VISO: /VISO/,
    STUK: /STUK/,
    NFC_EXIT: /exitkontaktpunkt/,
    PET: /PET/,
  },
  en: {
    EMERGENCY: /112/,
    POLICE: /police \(114\)/,
    INFOHOUSE: /Info-House/,
    SSP: /SSP/,
    PSP: /PSP/,
    KSP: /KSP/,
    KRIMINALFORSORGEN: /Prison and Probation Service/,
    MUNICIPALITY: /municipality/,
    HOTLINE: /Anti-Radicalisation Hotline/,
    CDE: /CDE/,
    VISO: /VISO/,
    STUK: /STUK/,
    NFC_EXIT: /Exit Contact Point/,
    PET: /PET/,
  },
};
const DUTY_NAMES: Record<Locale, Record<DutyKey, RegExp>> = {
  da: { NOTIFY_MUNICIPALITY: /særlig støtte/, NOTIFY_MUNICIPALITY_GENERAL: /vanrøgt/, HEALTH_DISCLOSURE: /§ 43/, SHARING_115: /§ 115/ },
  en: { NOTIFY_MUNICIPALITY: /special support/, NOTIFY_MUNICIPALITY_GENERAL: /neglected/, HEALTH_DISCLOSURE: /§ 43/, SHARING_115: /§ 115/ },
};
const FIRST_CONTACT: Record<Locale, RegExp> = { da: /første kontakt/, en: /the first contact/ };
const ADVICE: Record<Locale, RegExp> = { da: /råd/, en: /advice/ };
const NOTIFYING: Record<Locale, RegExp> = { da: /underrette kommunen/, en: /notify the municipality/ };

describe("explainRoute", () => {
  const cases = [...everyFullAnswerSet()].map((answers) => ({ answers, outcome: complete(answers) }));
  const locales: Locale[] = ["da", "en"];

  it("gives the same number of full sentences in both languages for every route, covering every rule and duty", () => {
    const rules = new Set<string>();
    const duties = new Set<string>();
    for (const { answers, outcome } of cases) {
      const da = explainRoute(answers, outcome, "da");
      const en = explainRoute(answers, outcome, "en");
      expect(da.length, JSON.stringify(answers)).toBeGreaterThan(0);
      expect(en.length).toBe(da.length);
      for (const sentence of [...da, ...en]) {
        expect(sentence.trim()).not.toBe("");
        expect(sentence).not.toContain("{role}");
        expect(sentence).toMatch(/[.!]$/);
      }
      rules.add(outcome.rule);
      outcome.duties.forEach((duty) => duties.add(duty));
    }
    expect([...rules].sort()).toEqual([...RULE_IDS].sort());
    expect([...duties].sort()).toEqual([...DUTY_KEYS].sort());
  });

  it("uses every text in the table on some route", () => {
    const all = cases.flatMap(({ answers, outcome }) => explainRoute(answers, outcome, "da")).join("\n");
    for (const [id, text] of Object.entries(REASON_TEXTS)) {
      expect(all.includes(text.da.split("{role}")[0] ?? ""), id).toBe(true);
    }
  });

  it("opens with the body to contact first, and calls no other body the first contact on the advice route", () => {
    for (const { answers, outcome } of cases) {
      for (const locale of locales) {
        const [first, ...rest] = explainRoute(answers, outcome, locale);
        const context = `${locale} ${JSON.stringify(answers)}: ${first}`;
        expect(first, context).toMatch(BODY_NAMES[locale][outcome.primary]);
        if (outcome.rule === "R7") for (const sentence of rest) expect(sentence, context).not.toMatch(FIRST_CONTACT[locale]);
      }
    }
  });

  it("speaks of a duty exactly when the outcome carries it, and keeps the duty to notify on the advice route", () => {
    for (const { answers, outcome } of cases) {
      for (const locale of locales) {
        const sentences = explainRoute(answers, outcome, locale);
        for (const duty of DUTY_KEYS) {
          const said = sentences.filter((sentence) => DUTY_NAMES[locale][duty].test(sentence));
          expect(said.length > 0, `${duty} ${locale} ${JSON.stringify(answers)}`).toBe(outcome.duties.includes(duty));
        }
        if (outcome.rule === "R7" && outcome.duties.some((duty) => duty.startsWith("NOTIFY_MUNICIPALITY"))) {
          const notify = sentences.filter((sentence) => NOTIFYING[locale].test(sentence));
          expect(notify.some((sentence) => ADVICE[locale].test(sentence))).toBe(true);
        }
      }
    }
  });

  it("explains an emergency with the call to 112 alone", () => {
    const outcome = complete({ acuteDanger: true });
    for (const locale of locales) {
      const sentences = explainRoute({ acuteDanger: true }, outcome, locale);
      expect(sentences).toHaveLength(1);
      expect(sentences[0]).toMatch(BODY_NAMES[locale].EMERGENCY);
    }
  });
});
