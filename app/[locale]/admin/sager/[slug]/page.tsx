import { forbidden, notFound } from "next/navigation";
import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { adminCasePath } from "@/lib/admin/paths";
import { otherLocale } from "@/lib/i18n/locales";
import { scenarioPath } from "@/lib/training/paths";
import { SCENARIO_SLUG } from "@/lib/training/scenario";
import { agrees } from "@/lib/training/scenario-check";
import { mayPromote, publishProblem, writesCases } from "@/lib/training/authoring/case-access";
import { areaOf } from "@/lib/training/authoring/case-areas";
import { municipalityName } from "@/lib/directory/municipality-names";
import { CaseEditorPanel } from "@/lib/training/authoring/case-editor-panel";
import { caseFormValues, readCaseForm } from "@/lib/training/authoring/case-form";
import { findEditableCase } from "@/lib/training/authoring/cases.server";
import { decodedSegment } from "@/lib/web-address";

export const generateMetadata = adminPageTitle("cases.editTitle");

/** One case of the administrator's: where it stands, a preview, publishing, promoting, copying and retiring it, and its editor. */
export default async function EditCasePage(props: AdminPageProps<{ slug: string }>) {
  const { locale, params, admin, t, notice } = await openSignedInPage(props, "cases", writesCases);
  const slug = decodedSegment(params.slug);
  const found = slug && SCENARIO_SLUG.test(slug) ? await readForPage(locale, (db) => findEditableCase(db, admin, slug)) : null;
  if (!found) notFound();
  if (found === "forbidden") forbidden();
  const { content, ownership, version, authorEmail } = found;
  const status = ownership.retired ? "retired" : ownership.published ? "published" : "draft";
  const area = areaOf(admin, ownership.municipalityCode);
  const { values, errors, warnings, check } = readCaseForm(caseFormValues(content, area), content.slug);
  const fields = { slug: content.slug, version: String(version) };
  const areaName = ownership.municipalityCode
    ? municipalityName(ownership.municipalityCode)
    : status === "draft"
      ? t("noArea")
      : t("national");
  return (
    <AdminShell
      locale={locale}
      admin={admin}
      page="cases"
      alternateHref={adminCasePath(otherLocale(locale), content.slug)}
      title={`${t("editTitle")}: ${content.title.da}`}
      notice={notice}
    >
      <h2>{t("about")}</h2>
      <ul className="nobullet-list" data-testid="case-about">
        <li>{t("statusLine", { status: t(`status.${status}`) })}</li>
        <li>{t("areaLine", { area: areaName })}</li>
        {authorEmail && <li>{t("authorLine", { author: authorEmail })}</li>}
        <li>{t("addressLine", { path: scenarioPath(locale, content.slug) })}</li>
      </ul>
      {check && !agrees(check) && (
        <div className="alert alert-warning" role="status" data-testid="disagrees-now">
          <div className="alert-body">
            <p className="alert-text">{t("disagreesNow")}</p>
          </div>
        </div>
      )}
      {status !== "retired" && (
        <>
          <h2>{t("previewHeading")}</h2>
          <p>{t("previewLead")}</p>
          <p>
            <a href={scenarioPath(locale, content.slug)}>{t("previewLink")}</a>
          </p>
        </>
      )}
      {status === "draft" && (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">{t("publishHeading")}</h2>
          <p>{t("publishLead")}</p>
          {publishProblem(admin, ownership) && <p>{t("needsMunicipality")}</p>}
          <ActionForm locale={locale} action="publishCase" fields={fields} submit={t("publish")} />
        </section>
      )}
      {status === "published" && ownership.municipalityCode && mayPromote(admin) && (
        <section aria-labelledby="promote-heading">
          <h2 id="promote-heading">{t("promoteHeading")}</h2>
          <p>{t("promoteLead")}</p>
          <ActionForm locale={locale} action="promoteCase" fields={fields} submit={t("promote")} kind="secondary" />
        </section>
      )}
      <h2 id="editor-heading">{t("editorHeading")}</h2>
      <CaseEditorPanel
        locale={locale}
        admin={admin}
        slug={content.slug}
        version={version}
        initial={{ values, errors, warnings, ...(check ? { check } : {}) }}
      />
      <section aria-labelledby="copy-heading">
        <h2 id="copy-heading">{t("copyHeading")}</h2>
        <p>{t("copyLead")}</p>
        <ActionForm locale={locale} action="copyCase" fields={{ slug: content.slug }} submit={t("copy")} kind="secondary" />
      </section>
      {status !== "retired" && (
        <section aria-labelledby="retire-heading">
          <h2 id="retire-heading">{t("retireHeading")}</h2>
          <p>{t("retireLead")}</p>
          <ActionForm locale={locale} action="retireCase" fields={fields} submit={t("retire")} kind="secondary" />
        </section>
      )}
    </AdminShell>
  );
}
