import { z } from "zod";
import { RULE_IDS } from "@/machines/rules";
import { WORKPLACES } from "@/machines/vocabulary";

/** The library's filter in its query parameters: `rolle` (a workplace) and `regel` (the rule a case reaches). */
const filterSchema = z.object({ rolle: z.enum(WORKPLACES).optional(), regel: z.enum(RULE_IDS).optional() });

/** The filter a URL asks for; `unknown` when it names a workplace or rule that does not exist (then that part is ignored). */
export function readLibraryFilter(query: Record<string, string | undefined>) {
  const rolle = filterSchema.shape.rolle.safeParse(query.rolle || undefined);
  const regel = filterSchema.shape.regel.safeParse(query.regel || undefined);
  return {
    workplace: rolle.success ? rolle.data : undefined,
    rule: regel.success ? regel.data : undefined,
    unknown: !rolle.success || !regel.success,
  };
}
