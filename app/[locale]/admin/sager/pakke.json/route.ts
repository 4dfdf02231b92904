import { adminDownload, download } from "@/lib/admin/admin-download.server";
import { seeOther } from "@/lib/admin/admin-actions.server";
import { adminPath, CASE_PACK_PARAM } from "@/lib/admin/paths";
import { todayInDenmark } from "@/lib/dates";
import { writesCases } from "@/lib/training/authoring/case-access";
import { MAX_CASES_PER_PACK, writeCasePack } from "@/lib/training/authoring/case-pack";
import { casesToExport } from "@/lib/training/authoring/cases.server";
import { SCENARIO_SLUG } from "@/lib/training/scenario";

/** The chosen cases as one case pack; with none chosen (or none the administrator may see), back to the list. */
export const GET = adminDownload(writesCases)(async (db, _params, locale, { admin, request }) => {
  const slugs = [...new Set(request.nextUrl.searchParams.getAll(CASE_PACK_PARAM))].filter((slug) => SCENARIO_SLUG.test(slug));
  const cases = slugs.length > MAX_CASES_PER_PACK ? [] : await casesToExport(db, admin, slugs);
  if (cases.length === 0) return seeOther(request, adminPath(locale, "cases", { besked: "ingen-sager-valgt" }));
  return download(writeCasePack(cases, new Date()), "application/json; charset=utf-8", `henvis-sager-${todayInDenmark()}.json`);
});
