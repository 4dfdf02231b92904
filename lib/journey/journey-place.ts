// What a question's address and form carry besides the answers: the place the journey is walked in, and whether
// the question was opened from check your answers. Apart from paths.ts, so that the question form can name the
// fields without loading the statechart.

/**
 * Where a journey is walked: the worker's own (the default), or another area's, such as a training case, whose
 * question pages hang below its own page and whose last question leads to a page of its own.
 */
export type JourneyPlace = {
  /** The page the question pages hang below, and where starting over goes: a path after the locale's prefix. */
  home?: string;
  /** The page after the last question, in place of check your answers: a path after the locale's prefix. */
  afterLastQuestion?: string;
};

/** The form fields that carry a place through a question posted without JavaScript. */
export const PLACE_FIELDS = { home: "hjem", afterLastQuestion: "efter" } as const;

const SITE_PATH = /^(?:\/[a-z0-9-]+)+$/;

/** The place a posted form names; anything but two paths of this site, the second below the first, is ignored. */
export function placeOf({ home, afterLastQuestion }: { home?: string; afterLastQuestion?: string }): JourneyPlace {
  if (!home || !afterLastQuestion || !SITE_PATH.test(home) || !SITE_PATH.test(afterLastQuestion)) return {};
  return afterLastQuestion.startsWith(`${home}/`) ? { home, afterLastQuestion } : {};
}

/** The query parameter that marks a question opened with Change on check your answers: its Back link returns there. */
export const FROM_CHECK = { name: "fra", value: "tjek" } as const;

export const isFromCheck = (value: string | undefined) => value === FROM_CHECK.value;

/** The fields a question's form posts besides the place: the page's language, the question, the answers so far and the answer. */
export const QUESTION_FIELDS = { locale: "locale", step: "step", answers: "a", answer: "answer" } as const;

/** The query parameter of a question posted without an answer, which the page then shows with its error. */
export const MISSING_ANSWER = { name: "fejl", value: "1" } as const;
