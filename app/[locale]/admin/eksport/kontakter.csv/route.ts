import { directoryDownload, download } from "@/lib/admin/admin-download.server";
import { contactsToCsv } from "@/lib/admin/directory-csv";
import { allContacts } from "@/lib/admin/directory-export.server";
import { todayInDenmark } from "@/lib/dates";

export const GET = directoryDownload(async (db) =>
  download(contactsToCsv(await allContacts(db)), "text/csv; charset=utf-8", `henvis-kontakter-${todayInDenmark()}.csv`),
);
