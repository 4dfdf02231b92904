/** A scenario's slug: lower-case words joined by hyphens. */
export const SCENARIO_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
