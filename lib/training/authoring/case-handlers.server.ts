import "server-only";
import { field, seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { adminCasePath, adminPath } from "@/lib/admin/paths";
import { refusalPage } from "@/lib/admin/refusal-page";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import type { Db } from "@/lib/db.server";
import { SCENARIO_SLUG } from "../scenario";
import { writesCases } from "./case-access";
import { caseToCopy, createDrafts, publishCase, promoteCase, retireCase, type CaseWrite } from "./cases.server";

type CaseChange = (db: Db, admin: SignedInAdmin, slug: string, version: number) => Promise<CaseWrite>;

/** What each refusal of a change to a case says on the case's page. */
const NOTICE_OF: Record<Exclude<CaseWrite["kind"], "saved" | "forbidden" | "notFound">, string> = {
  changedSince: "sag-aendret-siden",
  disagreesWithEngine: "sag-uenig",
  needsMunicipality: "sag-mangler-kommune",
};

/**
 * A button on a case's page (publish, retire, promote): the case and the version the page showed, changed as the
 * data layer allows, then back to the case with what happened.
 */
const caseChangeHandler = (change: CaseChange, done: string) =>
  signedInHandler(async ({ request, form, locale, db, admin }) => {
    const slug = field(form, "slug");
    const version = /^\d{1,9}$/.test(field(form, "version")) ? Number(field(form, "version")) : -1;
    if (!writesCases(admin)) return refusalPage(locale, "forbidden");
    if (!SCENARIO_SLUG.test(slug)) return seeOther(request, adminPath(locale, "cases", { besked: "ukendt-sag" }));
    const outcome = await change(db, admin, slug, version);
    switch (outcome.kind) {
      case "forbidden":
        return refusalPage(locale, "forbidden");
      case "notFound":
        return seeOther(request, adminPath(locale, "cases", { besked: "ukendt-sag" }));
      case "saved":
        return seeOther(request, adminCasePath(locale, slug, { besked: done }));
      default:
        return seeOther(request, adminCasePath(locale, slug, { besked: NOTICE_OF[outcome.kind] }));
    }
  });

export const publishHandler = caseChangeHandler(publishCase, "sag-offentliggjort");
export const retireHandler = caseChangeHandler(retireCase, "sag-pensioneret");
export const promoteHandler = caseChangeHandler(promoteCase, "sag-landsdaekkende");

/** Copies a case the administrator can see into a new draft of theirs, in their first municipality. */
export const copyHandler = signedInHandler(async ({ request, form, locale, db, admin }) => {
  if (!writesCases(admin)) return refusalPage(locale, "forbidden");
  const slug = field(form, "slug");
  const content = SCENARIO_SLUG.test(slug) ? await caseToCopy(db, admin, slug) : null;
  if (!content) return seeOther(request, adminPath(locale, "cases", { besked: "ukendt-sag" }));
  const [written] = await createDrafts(db, admin, [{ content, municipalityCode: admin.municipalityCodes[0] ?? null }], "caseCopied");
  return seeOther(
    request,
    written?.kind === "saved" ? adminCasePath(locale, written.slug, { besked: "sag-kopieret" }) : adminPath(locale, "cases"),
  );
});
