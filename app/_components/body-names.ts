import { getTranslations } from "next-intl/server";
import type { Locale } from "@/machines/locale";
import type { RuleId } from "@/machines/rules";
import type { BodyKey } from "@/machines/vocabulary";

/**
 * How the pages name the bodies of a route. A social worker's own municipality is their own organisation,
 * not an outside body to notify (domain D8), so on R9 it is named as their municipality's contact.
 */
export async function bodyNamesOnRoute(locale: Locale, rule: RuleId): Promise<(body: BodyKey) => string> {
  const [tResult, tBodies] = await Promise.all([
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale, namespace: "bodies" }),
  ]);
  return (body) => (rule === "R9" && body === "MUNICIPALITY" ? tResult("ownMunicipality") : tBodies(body));
}
