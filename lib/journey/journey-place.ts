import { SCENARIO_SLUG } from "../training/slug";

// Apart from paths.ts, so that the question form can name the field without loading the statechart.

/** The journey a question belongs to: the worker's own, or a training scenario's (by its slug). */
export type JourneyPlace = { scenario?: string };

/** The form field that carries a training scenario's slug through a question posted without JavaScript. */
export const SCENARIO_FIELD = "scenario";

/** The place a posted form names; a value that is not a slug is ignored. */
export const placeOf = (scenario: string | undefined): JourneyPlace => (scenario && SCENARIO_SLUG.test(scenario) ? { scenario } : {});
