import { z } from "zod";
import { LIBRARY_FILTER_FIELDS } from "./query-fields";
import { municipalityCodeSchema } from "../directory/municipality-codes";
import { RULE_IDS } from "@/machines/rules";
import { WORKPLACES } from "@/machines/vocabulary";

const workplaceSchema = z.enum(WORKPLACES).optional();
const ruleSchema = z.enum(RULE_IDS).optional();
/** The library's filter value for the national cases; a municipality's code chooses its local cases. */
export const NATIONAL_CASES = "landsdaekkende";
const areaSchema = z.union([z.literal(NATIONAL_CASES), municipalityCodeSchema]).optional();

/** The filter a URL asks for; `unknown` when it names a workplace, rule or area that does not exist (then that part is ignored). */
export function readLibraryFilter(query: Record<string, string | undefined>) {
  const workplace = workplaceSchema.safeParse(query[LIBRARY_FILTER_FIELDS.workplace] || undefined);
  const rule = ruleSchema.safeParse(query[LIBRARY_FILTER_FIELDS.rule] || undefined);
  const area = areaSchema.safeParse(query[LIBRARY_FILTER_FIELDS.area] || undefined);
  return {
    workplace: workplace.success ? workplace.data : undefined,
    rule: rule.success ? rule.data : undefined,
    area: area.success ? area.data : undefined,
    unknown: !workplace.success || !rule.success || !area.success,
  };
}
