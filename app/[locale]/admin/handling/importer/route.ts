import { seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { directoryChanges, MAX_IMPORT_BYTES, readContactCsv, type ImportProblem } from "@/lib/admin/directory-csv";
import { existingUnits, proposeImport } from "@/lib/admin/directory-admin.server";
import { allContacts } from "@/lib/admin/directory-export.server";
import { encodeReport, REPORT_PARAM } from "@/lib/admin/import-report";
import { mayEditUnit } from "@/lib/admin/roles";
import { adminPath } from "@/lib/admin/paths";
import { MAX_FORM_BYTES } from "@/lib/security/form-body";

// The largest file and a form beside it: a file a little too large still gets the report that says so.
const IMPORT_BODY_LIMIT = MAX_IMPORT_BYTES + MAX_FORM_BYTES;

/** Reads a CSV file whole; a good file becomes one change set for a second administrator, a bad one changes nothing. */
export const POST = signedInHandler(async ({ request, form, locale, db, admin }) => {
  const report = (problems: ImportProblem[]) =>
    seeOther(request, adminPath(locale, "transfer", { [REPORT_PARAM]: encodeReport(problems) }));
  const file = form.get("fil");
  if (!(file instanceof File) || file.size === 0) return report([{ line: 0, key: "noFile" }]);
  const read = await readContactCsv(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return report(read.problems);
  const [live, units] = await Promise.all([allContacts(db), existingUnits(db)]);
  const changes = directoryChanges(read, live, units);
  if (!changes.ok) return report(changes.problems);
  if (changes.items.length === 0) return seeOther(request, adminPath(locale, "transfer", { besked: "import-uaendret" }));
  if (!changes.items.every((item) => mayEditUnit(admin, item.after.unit))) return refusalPage(locale, "forbidden");
  // A unit taken out of the directory after the file was checked.
  if ((await proposeImport(db, admin, changes.items)).kind === "unknownUnit") return report([{ line: 0, key: "unknownUnit" }]);
  return seeOther(request, adminPath(locale, "changes", { besked: "importeret" }));
}, IMPORT_BODY_LIMIT);
