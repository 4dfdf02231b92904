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

export const DUTIES = {
  NOTIFY_MUNICIPALITY: {
    description:
      "People in public service notify the municipality if they have reason to assume that a child under 18 may need special support.",
    why:
      "Every route about one person asks the age and keeps the duty, advice first included: the heightened duty is " +
      "personal (docs/legal-basis-notes.md §1). Another job may or may not be public service, so it is shown with that condition.",
    sources: [SOURCES.barnetsLov, SOURCES.heightenedDutyContent],
    applies: ({ answers, rule }) => rule.aboutOnePerson && PREDICATES.under18(answers) && PREDICATES.reporterAtWork(answers),
    reasons: (a) => [a.workplace === "other" ? "notifyIfPublicService" : "notifyPublicEmployee"],
  },
  NOTIFY_MUNICIPALITY_GENERAL: {
    description: "Everyone notifies the municipality about a child under 18 who is neglected or whose health or development is in danger.",
    why: "Shown to private persons, and to another job, which may not be public service (docs/domain.md, Duties).",
    sources: [SOURCES.barnetsLov],
    applies: ({ answers, rule }) =>
      rule.aboutOnePerson && PREDICATES.under18(answers) && (PREDICATES.reporterPrivate(answers) || answers.workplace === "other"),
    reasons: () => ["notifyEveryone"],
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
