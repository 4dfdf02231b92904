import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/lib/admin/admin-shell";
import { AdminTable } from "@/lib/admin/admin-table";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import type { BodyAtUnit, HealthRow } from "@/lib/admin/directory-health";
import { loadDirectoryHealth } from "@/lib/admin/directory-health.server";
import { openReports } from "@/lib/admin/contact-reports.server";
import { isOverdue, REPORT_OVERDUE_DAYS } from "@/lib/admin/open-report";
import { editsDirectory, mayEditUnit } from "@/lib/admin/roles";
import { directoryInMemory } from "@/lib/directory/directory-memory.server";
import { reportSubject } from "@/lib/directory/reports/report-subject";
import { formatDate, todayInDenmark } from "@/lib/dates";
import { adminPath } from "@/lib/admin/paths";
import type { Locale } from "@/machines/locale";

export const generateMetadata = adminPageTitle("health.title");

// The contacts list searches a contact's unit key too, so its level's prefix keeps a body's list to the row's level.
const levelSearch = (row: HealthRow) => (row.level === "national" ? "national" : `${row.level}:`);

const contactsOfRow = (locale: Locale, row: HealthRow, status: "stale" | "pending") =>
  adminPath(locale, "contacts", { enhed: row.kind === "national" ? undefined : row.kind, status, q: levelSearch(row) });

/** A count that links to the contacts behind it, when there are any and the administrator works with the directory. */
function CountLink({ count, href, hiddenLabel }: { count: number; href: string | undefined; hiddenLabel: string }) {
  if (count === 0 || !href) return <>{count}</>;
  return (
    <a href={href}>
      {count}
      <span className="sr-only"> – {hiddenLabel}</span>
    </a>
  );
}

/** For each body, how many units have a checked contact of their own, and links to what an administrator can fix. */
export default async function DirectoryHealthPage(props: AdminPageProps) {
  const { locale, admin, t } = await openSignedInPage(props, "health");
  const tBodies = await getTranslations({ locale, namespace: "bodies" });
  const today = todayInDenmark();
  const [{ rows, unitNames }, reports] = await readForPage(locale, (db) =>
    Promise.all([
      loadDirectoryHealth(db, today, locale),
      Promise.all([openReports(db), directoryInMemory(db)]).then(([open, directory]) =>
        open.map((report) => ({ ...report, name: reportSubject(directory, report.target, locale)?.name ?? report.target })),
      ),
    ]),
  );
  const now = new Date();
  const overdue = reports.filter((report) => isOverdue(report, now));
  const fixes = editsDirectory(admin);
  const slotName = ({ body, unit }: BodyAtUnit) => (unit === "national" ? tBodies(body) : (unitNames.get(unit) ?? unit));
  return (
    <AdminShell locale={locale} admin={admin} page="health" title={t("title")}>
      <p className="font-lead">{t("lead")}</p>
      <p>{t("fallbackExplained")}</p>
      <p>{t("inCode")}</p>
      <AdminTable
        caption={<>{t("caption", { date: formatDate(today, locale) })}</>}
        headings={[
          t("columns.body"),
          t("columns.level"),
          t("columns.units"),
          t("columns.verified"),
          t("columns.fallback"),
          t("columns.stale"),
          t("columns.pending"),
        ]}
      >
        {rows.map((row) => (
          <tr key={`${row.kind} ${row.level}`}>
            <th scope="row">{row.kind === "national" ? t("nationalBodies") : tBodies(row.kind)}</th>
            <td>{t(`levels.${row.level}`)}</td>
            <td>{row.units}</td>
            <td>{row.verified}</td>
            <td>
              {row.fallback.length === 0 ? (
                0
              ) : (
                <details>
                  <summary>
                    {row.fallback.length}
                    <span className="sr-only"> – {t("showUnits")}</span>
                  </summary>
                  <ul>
                    {row.fallback.map((slot) => (
                      <li key={`${slot.body} ${slot.unit}`}>
                        {mayEditUnit(admin, slot.unit) ? (
                          <a
                            href={adminPath(locale, "newContact", { enhed: slot.body, enhet: slot.unit })}
                            aria-label={t("create", { unit: slotName(slot) })}
                          >
                            {slotName(slot)}
                          </a>
                        ) : (
                          slotName(slot)
                        )}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </td>
            <td>
              <CountLink count={row.stale} href={fixes ? contactsOfRow(locale, row, "stale") : undefined} hiddenLabel={t("showContacts")} />
            </td>
            <td>
              <CountLink
                count={row.pending}
                href={fixes ? contactsOfRow(locale, row, "pending") : undefined}
                hiddenLabel={t("showContacts")}
              />
            </td>
          </tr>
        ))}
      </AdminTable>
      <h2>{t("reportsHeading")}</h2>
      <p>
        {t("reportsOpen", { count: reports.length })}{" "}
        {fixes && reports.length > 0 && <a href={adminPath(locale, "reports")}>{t("reportsLink")}</a>}
      </p>
      <p className={overdue.length > 0 ? "recheck" : undefined}>
        {t("reportsOverdue", { count: overdue.length, days: REPORT_OVERDUE_DAYS })}
      </p>
      {overdue.length > 0 && (
        <ul data-testid="overdue-reports">
          {overdue.map((report) => (
            <li key={report.id}>
              {report.name} ({formatDate(report.createdAt.toISOString().slice(0, 10), locale)})
            </li>
          ))}
        </ul>
      )}
    </AdminShell>
  );
}
