import { field, seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { DRAFT_PARAM, encodeDraft, type ContactDraft } from "@/lib/admin/contact-draft";
import { CONTACT_FIELDS } from "@/lib/admin/contact-schema";
import { contactFieldsSchema, fieldErrors } from "@/lib/admin/contact-schema";
import { proposeNewContact, saveContactEdit } from "@/lib/admin/directory-admin.server";
import { adminContactPath, adminPath } from "@/lib/admin/paths";
import { markReportProposed } from "@/lib/admin/contact-reports.server";
import { REPORT_PARAM } from "@/lib/admin/report-param";

/** The version an edit form was opened at; a form without a readable one saves over nothing. */
const readVersion = (form: FormData) => (/^\d{1,9}$/.test(field(form, "version")) ? Number(field(form, "version")) : -1);

/** Saves an edited contact (with an id) or proposes a new one (without). */
export const POST = signedInHandler(async ({ request, form, locale, db, admin }) => {
  const id = field(form, "id");
  const values = { ...Object.fromEntries(CONTACT_FIELDS.map((name) => [name, field(form, name)])), version: field(form, "version") };
  const report = field(form, REPORT_PARAM);
  const formPath = (query: Record<string, string>) =>
    id ? adminContactPath(locale, id, { ...query, ...(report ? { [REPORT_PARAM]: report } : {}) }) : adminPath(locale, "newContact", query);
  // A change proposed from a worker's report marks the report as handled.
  const reportHandled = async () => id !== "" && report !== "" && (await markReportProposed(db, admin, report, id)) === "handled";
  const backWith = (errors: ContactDraft["errors"]) => seeOther(request, formPath({ [DRAFT_PARAM]: encodeDraft({ values, errors }) }));
  const parsed = contactFieldsSchema.safeParse(values);
  if (!parsed.success) return backWith(fieldErrors(parsed.error.issues));
  const outcome = id
    ? await saveContactEdit(db, admin, id, parsed.data, readVersion(form))
    : await proposeNewContact(db, admin, parsed.data);
  switch (outcome.kind) {
    case "forbidden":
      return refusalPage(locale, "forbidden");
    case "notFound":
      return seeOther(request, adminPath(locale, "contacts", { besked: "ukendt" }));
    case "unitChanged":
      return backWith({ unit: "unitChanged" });
    case "unknownUnit":
      return backWith({ unit: "unknownUnit" });
    case "changedSince":
      // What was typed stays, now over the version the administrator can see under each field.
      return seeOther(
        request,
        formPath({
          [DRAFT_PARAM]: encodeDraft({ values: { ...values, version: String(outcome.version) }, errors: {} }),
          besked: "aendret-imens",
        }),
      );
    case "unchanged":
      return seeOther(request, formPath({ besked: "uaendret" }));
    case "proposed":
      return seeOther(request, adminPath(locale, "changes", { besked: "foreslaaet" }));
    case "saved":
      if (outcome.pending && (await reportHandled()))
        return seeOther(request, adminPath(locale, "reports", { besked: "melding-foreslaaet" }));
      return seeOther(request, formPath({ besked: outcome.pending ? (outcome.live ? "delvist-afventer" : "afventer") : "gemt" }));
  }
});
