import { MUNICIPALITY_NAMES } from "./municipality-names";

/** The 98 municipality codes, known without the database so that input can be checked when it is down. */
export const MUNICIPALITY_CODES: readonly string[] = MUNICIPALITY_NAMES.map(([code]) => code);
