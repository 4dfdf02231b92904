import { seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { adminPath } from "@/lib/admin/paths";
import { refusalPage } from "@/lib/admin/refusal-page";
import { writesCases } from "@/lib/training/authoring/case-access";
import { MAX_CASE_PACK_BYTES, readCasePack } from "@/lib/training/authoring/case-pack";
import { createDrafts } from "@/lib/training/authoring/cases.server";
import { encodePackReport, PACK_REPORT_PARAM } from "@/lib/training/authoring/pack-report";
import { MAX_FORM_BYTES } from "@/lib/security/form-body";

/** Reads a case pack whole: a good one becomes drafts of the administrator's, in their first municipality; a bad one changes nothing. */
export const POST = signedInHandler(
  async ({ request, form, locale, db, admin }) => {
    if (!writesCases(admin)) return refusalPage(locale, "forbidden");
    const file = form.get("fil");
    const reading =
      file instanceof File && file.size > 0
        ? readCasePack(await file.text())
        : { ok: false as const, problems: [{ path: "", code: "notJson" as const }], unlisted: 0 };
    if (!reading.ok)
      return seeOther(request, adminPath(locale, "cases", { [PACK_REPORT_PARAM]: encodePackReport(reading.problems, reading.unlisted) }));
    const municipalityCode = admin.municipalityCodes[0] ?? null;
    await createDrafts(
      db,
      admin,
      reading.cases.map((content) => ({ content, municipalityCode, wantedSlug: content.slug })),
      "caseImported",
    );
    return seeOther(request, adminPath(locale, "cases", { besked: "sager-importeret" }));
  },
  // The largest pack and a form beside it: a pack a little too large still gets the report that says so.
  MAX_CASE_PACK_BYTES + MAX_FORM_BYTES,
);
