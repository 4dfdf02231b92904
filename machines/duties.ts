import { PREDICATES } from "./predicates";
import type { ReasonId } from "./reason-texts";
import type { Rule } from "./rule";
import { SOURCES, type Source } from "./sources";
import type { Answers, BodyKey, DutyKey } from "./vocabulary";

export type DutyFacts = { answers: Answers; rule: Rule; bodies: readonly BodyKey[] };

export type Duty = {
  description: string;
  why?: string;
  sources: readonly Source[];
  applies: (facts: DutyFacts) => boolean;
  /** The duty's own sentences in the "why"; the rule's dutyNotes follow them. */
  reasons: (answers: Answers) => ReasonId[];
};

const SHARING_BODIES: readonly BodyKey[] = ["SSP", "PSP", "KSP", "INFOHOUSE"];

function notifyReason(a: Answers): ReasonId {
  if (PREDICATES.reporterPrivate(a)) return "notifyPrivatePerson";
  return a.workplace === "other" ? "notifyOtherJob" : "notifyPublicEmployee";
}

export const DUTIES = {
  NOTIFY_MUNICIPALITY: {
    description: "Notify the municipality about a child under 18 who may need special support.",
    why:
      "It applies whenever the route is about one person known to be under 18, advice first included: the " +
      "heightened duty is personal (docs/legal-basis-notes.md §1). Routes that do not ask the age cannot know it " +
      "(docs/domain.md, Where the product differs today, D1 and D2).",
    sources: [SOURCES.barnetsLov, SOURCES.heightenedDutyContent],
    applies: ({ answers, rule }) => rule.aboutOnePerson && PREDICATES.under18(answers),
    reasons: (a) => [notifyReason(a)],
  },
  HEALTH_DISCLOSURE: {
    description: "Health professionals may disclose without consent only under sundhedsloven § 43.",
    why: "Not on routes about no one person (general prevention work) or on the 112 page.",
    sources: [SOURCES.sundhedsloven43],
    applies: ({ answers, rule }) => rule.aboutOnePerson && PREDICATES.reporterInHealthCare(answers),
    reasons: () => ["healthDisclosure"],
  },
  SHARING_115: {
    description: "SSP, PSP, KSP and the Info-House share information under retsplejeloven § 115 (no duty to share).",
    sources: [SOURCES.retsplejeloven115, SOURCES.infoHouses],
    applies: ({ bodies }) => bodies.some((body) => SHARING_BODIES.includes(body)),
    reasons: () => ["sharing115"],
  },
} satisfies Record<DutyKey, Duty>;
