import { z } from "zod";
import { LIBRARY_FILTER_FIELDS } from "./query-fields";
import { RULE_IDS } from "@/machines/rules";
import { WORKPLACES } from "@/machines/vocabulary";

const workplaceSchema = z.enum(WORKPLACES).optional();
const ruleSchema = z.enum(RULE_IDS).optional();

/** The filter a URL asks for; `unknown` when it names a workplace or rule that does not exist (then that part is ignored). */
export function readLibraryFilter(query: Record<string, string | undefined>) {
  const workplace = workplaceSchema.safeParse(query[LIBRARY_FILTER_FIELDS.workplace] || undefined);
  const rule = ruleSchema.safeParse(query[LIBRARY_FILTER_FIELDS.rule] || undefined);
  return {
    workplace: workplace.success ? workplace.data : undefined,
    rule: rule.success ? rule.data : undefined,
    unknown: !workplace.success || !rule.success,
  };
}
