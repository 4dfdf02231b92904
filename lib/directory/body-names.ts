import { useTranslations } from "next-intl";
import type { RuleId } from "@/machines/rules";
import type { BodyKey } from "@/machines/vocabulary";

/**
 * How the pages name the bodies of a route. A social worker's own municipality is their own organisation,
 * not an outside body to notify (domain D8), so on R9 it is named as their municipality's contact.
 */
export function useBodyNames(rule: RuleId): (body: BodyKey) => string {
  const tResult = useTranslations("result");
  const tBodies = useTranslations("bodies");
  return bodyNames(rule, tBodies, tResult("ownMunicipality"));
}

/** The same names, for code that renders no component (a file to download): the bodies' names and the R9 one given. */
export function bodyNames(rule: RuleId, names: (body: BodyKey) => string, ownMunicipality: string): (body: BodyKey) => string {
  return (body) => (rule === "R9" && body === "MUNICIPALITY" ? ownMunicipality : names(body));
}
