import { municipalityCodeSchema } from "./municipality-codes";
import type { BodyKey } from "@/machines/vocabulary";

/**
 * The bodies the directory page shows for a municipality, local ones first. PET is left out (it is reached
 * through the police and the Info-Houses), as are the bodies a worker reaches only through another one.
 */
export const DIRECTORY_BODIES = [
  "SSP",
  "INFOHOUSE",
  "MUNICIPALITY",
  "POLICE",
  "PSP",
  "KSP",
  "HOTLINE",
  "VISO",
  "CDE",
] as const satisfies readonly BodyKey[];

/** The municipality the page asks for: none yet, one of the 98, or a value that is not one of them. */
export function readMunicipalityChoice(value: string | string[] | undefined) {
  if (value === undefined || value === "") return { status: "none" } as const;
  const parsed = municipalityCodeSchema.safeParse(value);
  return parsed.success ? ({ status: "chosen", municipalityCode: parsed.data } as const) : ({ status: "unknown" } as const);
}
