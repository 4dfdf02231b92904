import { getTranslations } from "next-intl/server";
import { directoryDownload, download } from "@/lib/admin/admin-download.server";
import { allContacts, unitNamer } from "@/lib/admin/directory-export.server";
import { openReferralFiles } from "@/lib/admin/open-referral";
import { refusalPage } from "@/lib/admin/refusal-page";

/** One file of the directory's Open Referral data package: datapackage.json names the others beside it. */
export const GET = directoryDownload<{ file: string }>(async (db, { file }, locale) => {
  const [contacts, unit, tBodies, tTransfer] = await Promise.all([
    allContacts(db),
    unitNamer(db),
    getTranslations({ locale: "da", namespace: "bodies" }),
    getTranslations({ locale: "da", namespace: "admin.transfer" }),
  ]);
  const files = openReferralFiles(contacts, {
    unit,
    body: (body) => tBodies(body),
    bodyDescription: (body) => tTransfer("organizationDescription", { body: tBodies(body) }),
  });
  const content = Object.hasOwn(files, file) ? files[file] : undefined;
  if (content === undefined) return refusalPage(locale, "notFound");
  return download(content, file.endsWith(".json") ? "application/json" : "text/csv; charset=utf-8", file);
});
