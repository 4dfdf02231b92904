import type { z } from "zod";
import { stepDefinition } from "../../journey/steps";
import { authoredCaseSchema, MAX_CASE_TEXT, type AuthoredCase } from "../scenario";
import { checkAgainstEngine, type EngineCheck } from "../scenario-check";
import { privacyWarnings, type CaseWarning } from "./privacy-warnings";
import { BODY_KEYS, DUTY_KEYS, STEP_IDS, WORKPLACES, type Answers, type StepId } from "@/machines/vocabulary";

// The editor's form: one flat set of named fields, read into a case through the one case schema. The same reading
// serves the check and the save, with JavaScript or without.

export const TEXT_FIELDS = ["title", "teaser", "narrative", "firstInstinct"] as const;
export const LIST_FIELDS = ["learningPoints", "discussionQuestions"] as const;
export const LANGUAGES = ["Da", "En"] as const;
/** The questions the editor asks an answer to, each a select of the journey's own options; the role is the case's workplace. */
export const ANSWER_STEPS = STEP_IDS.filter((step) => step !== "workplace");
export const SOURCE_PARTS = ["url", "shownAt", "noteDa", "noteEn"] as const;
/** The editor shows the case's sources and this many empty rows more. */
export const EMPTY_SOURCE_ROWS = 1;
/** Where the case belongs: no municipality yet (a draft), national, or a municipality's code. */
export const NO_AREA = "";
export const NATIONAL_AREA = "national";

export const answerField = (step: StepId) => `answer-${step}`;
export const sourceField = (row: number, part: (typeof SOURCE_PARTS)[number]) => `source-${row}-${part}`;

export type CaseFormValues = Record<string, string>;
export type CaseFieldError = "required" | "tooLong" | "linesDiffer" | "routeAsks" | "badAddress" | "badDate" | "invalid";

export type ReadCase = {
  values: CaseFormValues;
  errors: Record<string, CaseFieldError>;
  /** What the engine makes of the answers, once they lead to a route. */
  check?: EngineCheck;
  warnings: CaseWarning[];
  content?: AuthoredCase;
  area: string;
};

/** A form's fields as the editor holds them: checkboxes that share a name are joined by spaces. */
export function formValues(form: FormData): CaseFormValues {
  const values: CaseFormValues = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$")) continue;
    values[name] = Object.hasOwn(values, name) ? `${values[name]} ${value}` : value;
  }
  return values;
}

const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
const words = (text: string | undefined) => (text ?? "").split(" ").filter(Boolean);

export const sourceRowCount = (values: CaseFormValues) => {
  let rows = 0;
  while (SOURCE_PARTS.some((part) => sourceField(rows, part) in values)) rows++;
  return rows;
};

/** The texts of a list field in both languages, paired line by line; the English may be missing altogether. */
function pairedLines(values: CaseFormValues, field: (typeof LIST_FIELDS)[number]) {
  const [da, en] = [lines(values[`${field}Da`]), lines(values[`${field}En`])];
  return { items: da.map((text, index) => ({ da: text, en: en[index] ?? "" })), differ: en.length > 0 && en.length !== da.length };
}

function answersOf(values: CaseFormValues): Answers {
  const answers: Answers = {};
  for (const step of ANSWER_STEPS) {
    const value = values[answerField(step)];
    if (value) Object.assign(answers, stepDefinition(step).answersFor(value));
  }
  return answers;
}

/** The field a problem of the case schema belongs to. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, second, third, fourth] = path;
  const language = (key: PropertyKey | undefined) => (key === "en" ? "En" : "Da");
  if (head === "sources") {
    if (typeof second !== "number") return sourceField(0, "url");
    return third === "note" ? sourceField(second, `note${language(fourth)}`) : sourceField(second, third === "shownAt" ? "shownAt" : "url");
  }
  if (head === "answers") return second === "workplace" || second === undefined ? "workplace" : answerField(second as StepId);
  if (head === "expected") return "primary";
  if ((LIST_FIELDS as readonly PropertyKey[]).includes(head!)) return `${String(head)}${language(third)}`;
  if ((TEXT_FIELDS as readonly PropertyKey[]).includes(head!)) return `${String(head)}${language(second)}`;
  return String(head);
}

function errorOf(issue: z.core.$ZodIssue): CaseFieldError {
  if (issue.code === "too_small") return "required";
  if (issue.code === "too_big") return "tooLong";
  if (issue.code === "invalid_format" && issue.format === "url") return "badAddress";
  if (issue.code === "invalid_format" && issue.format === "date") return "badDate";
  return "invalid";
}

/**
 * Reads the editor's fields into a case: the texts, the answers (the role among them when the route asks it), the
 * expected route (its rule is the engine's name for the route the answers take), the sources, and the privacy
 * warnings of every text. `slug` is the case's address; a new case gets one when it is first saved.
 */
export function readCaseForm(values: CaseFormValues, slug: string): ReadCase {
  const errors: ReadCase["errors"] = {};
  const workplace = values.workplace ?? "";
  const answers = answersOf(values);
  const expected = {
    primary: values.primary as (typeof BODY_KEYS)[number],
    also: BODY_KEYS.filter((body) => words(values.also).includes(body)),
    duties: DUTY_KEYS.filter((duty) => words(values.duties).includes(duty)),
  };
  let check: EngineCheck | undefined;
  if ((WORKPLACES as readonly string[]).includes(workplace)) {
    const withRole = { ...answers, workplace: workplace as (typeof WORKPLACES)[number] };
    check = checkAgainstEngine(withRole, expected);
    if (check.status === "complete" && check.unusedAnswers.includes("workplace")) check = checkAgainstEngine(answers, expected);
    else Object.assign(answers, { workplace });
    if (check.status === "incomplete") errors[check.next === "workplace" ? "workplace" : answerField(check.next)] = "routeAsks";
    // Where the sets agree, they are kept in the engine's order, which the pages show them in.
    else {
      if (!check.disagreeing.includes("also")) expected.also = check.engine.also;
      if (!check.disagreeing.includes("duties")) expected.duties = check.engine.duties;
    }
  }
  const lists = Object.fromEntries(LIST_FIELDS.map((field) => [field, pairedLines(values, field)]));
  for (const field of LIST_FIELDS) if (lists[field]!.differ) errors[`${field}En`] = "linesDiffer";
  const sources = Array.from({ length: sourceRowCount(values) }, (_, row) => row)
    .filter((row) => SOURCE_PARTS.some((part) => (values[sourceField(row, part)] ?? "").trim() !== ""))
    .map((row) => ({
      url: (values[sourceField(row, "url")] ?? "").trim(),
      shownAt: (values[sourceField(row, "shownAt")] ?? "").trim(),
      note: { da: values[sourceField(row, "noteDa")] ?? "", en: values[sourceField(row, "noteEn")] ?? "" },
    }));
  const firstInstinct = { da: values.firstInstinctDa ?? "", en: values.firstInstinctEn ?? "" };
  const parsed = authoredCaseSchema.safeParse({
    slug,
    workplace,
    title: { da: values.titleDa ?? "", en: values.titleEn ?? "" },
    teaser: { da: values.teaserDa ?? "", en: values.teaserEn ?? "" },
    narrative: { da: values.narrativeDa ?? "", en: values.narrativeEn ?? "" },
    answers,
    expected: { ...expected, rule: check?.status === "complete" ? check.engine.rule : undefined },
    ...(firstInstinct.da.trim() || firstInstinct.en.trim() ? { firstInstinct } : {}),
    learningPoints: lists.learningPoints!.items,
    discussionQuestions: lists.discussionQuestions!.items,
    sources,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // The rule is the engine's name for the route: where it is missing, the route's own problem says why.
      if (issue.path[0] === "expected" && issue.path[1] === "rule") continue;
      // A list with English for some items only is a problem of its English lines.
      const field = issue.code === "custom" && issue.path.length === 1 ? `${String(issue.path[0])}En` : fieldOf(issue.path);
      errors[field] ??= (values[field] ?? "").trim() === "" ? "required" : errorOf(issue);
    }
  }
  const textFields = [
    ...[...TEXT_FIELDS, ...LIST_FIELDS].flatMap((field) => LANGUAGES.map((language) => `${field}${language}`)),
    ...Array.from({ length: sourceRowCount(values) }, (_, row) => [sourceField(row, "noteDa"), sourceField(row, "noteEn")]).flat(),
  ];
  // A text longer than a case holds is refused anyway; the patterns read no further, so that a posted megabyte costs little.
  const warnings = textFields.flatMap((field) =>
    privacyWarnings((values[field] ?? "").slice(0, MAX_CASE_TEXT)).map((warning) => ({ field, ...warning })),
  );
  return {
    values,
    errors,
    ...(check ? { check } : {}),
    warnings,
    ...(parsed.success && Object.keys(errors).length === 0 ? { content: parsed.data } : {}),
    area: values.area ?? NO_AREA,
  };
}

/** The editor's fields for a case, the way a form posts them back. */
export function caseFormValues(content: AuthoredCase, area: string): CaseFormValues {
  const values: CaseFormValues = {
    workplace: content.workplace,
    primary: content.expected.primary,
    also: content.expected.also.join(" "),
    duties: content.expected.duties.join(" "),
    area,
  };
  for (const field of TEXT_FIELDS) {
    values[`${field}Da`] = content[field]?.da ?? "";
    values[`${field}En`] = content[field]?.en ?? "";
  }
  for (const field of LIST_FIELDS) {
    values[`${field}Da`] = content[field].map((item) => item.da).join("\n");
    values[`${field}En`] = content[field].every((item) => item.en === "") ? "" : content[field].map((item) => item.en).join("\n");
  }
  for (const step of ANSWER_STEPS) values[answerField(step)] = stepDefinition(step).valueIn(content.answers) ?? "";
  content.sources.forEach((source, row) => {
    values[sourceField(row, "url")] = source.url;
    values[sourceField(row, "shownAt")] = source.shownAt;
    values[sourceField(row, "noteDa")] = source.note.da;
    values[sourceField(row, "noteEn")] = source.note.en;
  });
  return values;
}
