import { z } from "zod";

/** A form's text field: trimmed, at most `max` characters (else the message key `tooLong`), and absent when left empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .transform((value) => value || undefined)
    .optional();
