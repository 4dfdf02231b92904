import { PREDICATES } from "./predicates";
import { SOURCES, type Source } from "./sources";
import type { Answers, BodyKey, DutyKey, RuleId } from "./vocabulary";

export type DutyFacts = {
  answers: Answers;
  rule: RuleId;
  /** The R8 rule the answers give when R7 or R9 sits on top of it. */
  radicalisationRule: RuleId | undefined;
  bodies: readonly BodyKey[];
};

export type Duty = {
  description: string;
  why?: string;
  sources: readonly Source[];
  applies: (facts: DutyFacts) => boolean;
};

const SHARING_BODIES: readonly BodyKey[] = ["SSP", "PSP", "KSP", "INFOHOUSE"];

export const DUTIES = {
  NOTIFY_MUNICIPALITY: {
    description: "Notify the municipality about a child under 18 who may need special support.",
    why:
      "R7 and R9 keep the duty when the R8 rule beneath them is R8d: the heightened duty is personal " +
      "(legal_basis.md §1), so it does not go away because the worker asks for advice first.",
    sources: [SOURCES.barnetsLov, SOURCES.heightenedDutyContent],
    applies: ({ answers, rule, radicalisationRule }) =>
      PREDICATES.under18(answers) &&
      (rule === "R2" || rule === "R6" || rule === "R8d" || ((rule === "R7" || rule === "R9") && radicalisationRule === "R8d")),
  },
  HEALTH_DISCLOSURE: {
    description: "Health professionals may disclose without consent only under sundhedsloven § 43.",
    why: "R5 is prevention work about no one person, and R0 is decided before the workplace is known.",
    sources: [SOURCES.sundhedsloven43],
    applies: ({ answers, rule }) => PREDICATES.reporterInHealthCare(answers) && rule !== "R5" && rule !== "R0",
  },
  SHARING_115: {
    description: "SSP, PSP, KSP and the Info-House share information under retsplejeloven § 115 (no duty to share).",
    sources: [SOURCES.retsplejeloven115, SOURCES.infoHouses],
    applies: ({ bodies }) => bodies.some((body) => SHARING_BODIES.includes(body)),
  },
} satisfies Record<DutyKey, Duty>;
