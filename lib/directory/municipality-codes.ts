import { z } from "zod";
import { MUNICIPALITY_NAMES } from "./municipality-names";

/** The 98 municipality codes, known without the database so that input can be checked when it is down. */
export const MUNICIPALITY_CODES: readonly string[] = MUNICIPALITY_NAMES.map(([code]) => code);

/** A municipality's code, as the journey, the API and the directory page read it. */
export const municipalityCodeSchema = z.enum(MUNICIPALITY_CODES, {
  error: 'Not one of the 98 Danish municipality codes (for example "101" for København).',
});
