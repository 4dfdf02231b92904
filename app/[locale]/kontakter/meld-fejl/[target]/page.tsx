import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { reportOutage } from "@/lib/db/outage-log";
import { directoryInMemory } from "@/lib/directory/directory-memory.server";
import { readPageAddress, type SearchParams } from "@/lib/http/request-fields";
import { otherLocale } from "@/lib/i18n/locales";
import { REPORT_ERRORS_PARAM, reportFormPath } from "@/lib/directory/reports/paths";
import { ReportForm } from "@/lib/directory/reports/report-form";
import { decodeReportErrors, REPORT_FIELDS } from "@/lib/directory/reports/report-schema";
import { reportSubject } from "@/lib/directory/reports/report-subject";
import { withErrorPrefix } from "@/lib/ui/title";
import { decodedSegment } from "@/lib/web-address";
import { PageShell } from "@/lib/ui/page-shell";

type Props = { params: Promise<{ locale: string; target: string }>; searchParams: Promise<SearchParams> };

/** The form's title, with "Fejl: " when it comes back with a problem, as the journey's questions do. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, query } = await readPageAddress(params, searchParams);
  const t = await getTranslations({ locale });
  const withError = Object.keys(decodeReportErrors(query[REPORT_ERRORS_PARAM])).length > 0;
  return { title: withError ? withErrorPrefix(t("reports.title"), t("question.errorPrefix")) : t("reports.title") };
}

/** The form for reporting that a contact a worker saw is wrong; a refused form comes back with its problems. */
export default async function ReportPage({ params, searchParams }: Props) {
  const [{ locale, query }, { target: encoded }] = await Promise.all([readPageAddress(params, searchParams), params]);
  setRequestLocale(locale);
  const target = decodedSegment(encoded);
  if (target === undefined) notFound();
  const t = await getTranslations({ locale, namespace: "reports" });
  const directory = await directoryInMemory(getDb()).catch((error: unknown) => {
    reportOutage("contact-report", error);
    return null;
  });
  if (!directory) {
    return (
      <PageShell locale={locale} alternateHref={reportFormPath(otherLocale(locale), target)}>
        <h1 tabIndex={-1}>{t("refusals.unavailable.title")}</h1>
        <p>{t("refusals.unavailable.body")}</p>
      </PageShell>
    );
  }
  const subject = reportSubject(directory, target, locale);
  if (!subject) notFound();
  const values = Object.fromEntries(REPORT_FIELDS.flatMap((field) => (query[field] ? [[field, query[field]]] : [])));
  return (
    <PageShell locale={locale} alternateHref={reportFormPath(otherLocale(locale), target)}>
      <h1 tabIndex={-1}>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <ReportForm
        locale={locale}
        target={target}
        subject={subject}
        values={values}
        errors={decodeReportErrors(query[REPORT_ERRORS_PARAM])}
      />
    </PageShell>
  );
}
