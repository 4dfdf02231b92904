import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { adminCasePath, adminPath, CASE_PACK_PARAM, casePackPath } from "@/lib/admin/paths";
import { FormGroup } from "@/lib/admin/form-group";
import { writesCases } from "@/lib/training/authoring/case-access";
import { municipalityName } from "@/lib/directory/municipality-names";
import { PackProblems } from "@/lib/training/authoring/pack-problems";
import { casesFor, type CaseSummary } from "@/lib/training/authoring/cases.server";
import { decodePackReport, PACK_REPORT_PARAM } from "@/lib/training/authoring/pack-report";

export const generateMetadata = adminPageTitle("cases.title");

const PACK_FORM = "case-pack";

/** The training cases the administrator writes: their own (every trainer's for a national one), the library to copy, and case packs. */
export default async function CasesPage(props: AdminPageProps) {
  const { locale, query, admin, t, notice } = await openSignedInPage(props, "cases", writesCases);
  const [{ own, library }, tEngine] = await Promise.all([
    readForPage(locale, (db) => casesFor(db, admin)),
    getTranslations({ locale, namespace: "caseAuthoring.engine" }),
  ]);
  const report = decodePackReport(query[PACK_REPORT_PARAM]);
  const area = (item: CaseSummary) =>
    item.municipalityCode ? municipalityName(item.municipalityCode) : item.status === "draft" ? t("noArea") : t("national");
  // DKFDS draws the box on the label, which names the case to screen readers only: the row names it to the eye.
  const choose = (item: CaseSummary) => (
    <div className="form-group-checkbox">
      <input className="form-checkbox" type="checkbox" id={`pack-${item.slug}`} form={PACK_FORM} name={CASE_PACK_PARAM} value={item.slug} />
      <label htmlFor={`pack-${item.slug}`}>
        <span className="sr-only">{t("chooseLabel", { title: item.title })}</span>
      </label>
    </div>
  );
  return (
    <AdminShell locale={locale} admin={admin} page="cases" title={t("title")} notice={notice}>
      <p className="font-lead">{t("lead")}</p>
      <p>{t("invented")}</p>
      <p>
        <a className="button button-primary" href={adminPath(locale, "newCase")}>
          {t("newCase")}
        </a>
      </p>
      {report && <PackProblems report={report} />}
      <h2>{admin.role === "NATIONAL" ? t("allHeading") : t("ownHeading")}</h2>
      {own.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="table table--compact" data-testid="own-cases">
          <thead>
            <tr>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.area")}</th>
              {admin.role === "NATIONAL" && <th scope="col">{t("columns.author")}</th>}
              <th scope="col">{t("columns.model")}</th>
              <th scope="col">{t("columns.choose")}</th>
            </tr>
          </thead>
          <tbody>
            {own.map((item) => (
              <tr key={item.slug}>
                <td>
                  <a href={adminCasePath(locale, item.slug)}>{item.title}</a>
                </td>
                <td>
                  {t(`status.${item.status}`)}
                  {item.untranslated && <> · {t("danishOnly")}</>}
                </td>
                <td>{area(item)}</td>
                {admin.role === "NATIONAL" && <td>{item.authorEmail}</td>}
                <td>
                  {item.differences.length === 0 ? (
                    t("agrees")
                  ) : (
                    <strong>
                      {t("disagrees")}:{" "}
                      {item.differences === "incomplete"
                        ? t("routeIncomplete")
                        : item.differences
                            .map((part) => (part === "unusedAnswers" ? t("unusedAnswers") : tEngine(`parts.${part}`)))
                            .join(", ")}
                    </strong>
                  )}
                </td>
                <td>{choose(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("libraryHeading")}</h2>
      <p>{t("libraryLead")}</p>
      <table className="table table--compact" data-testid="library-cases">
        <thead>
          <tr>
            <th scope="col">{t("columns.title")}</th>
            <th scope="col">{t("columns.copy")}</th>
            <th scope="col">{t("columns.choose")}</th>
          </tr>
        </thead>
        <tbody>
          {library.map((item) => (
            <tr key={item.slug}>
              <td>{item.title}</td>
              <td>
                <ActionForm
                  locale={locale}
                  action="copyCase"
                  fields={{ slug: item.slug }}
                  submit={t("copy")}
                  submitLabel={t("copyLabel", { title: item.title })}
                  kind="tertiary"
                />
              </td>
              <td>{choose(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="pack-heading">{t("packHeading")}</h2>
      <p>{t("packLead")}</p>
      <form id={PACK_FORM} method="get" action={casePackPath(locale)} aria-labelledby="pack-heading">
        <button type="submit" className="button button-secondary">
          {t("exportButton")}
        </button>
      </form>
      <h2>{t("importHeading")}</h2>
      <ActionForm locale={locale} action="importCases" submit={t("importButton")} encType="multipart/form-data">
        <FormGroup id="case-pack-file" label={t("importLabel")} hint={t("importHint")}>
          <input
            className="form-input"
            type="file"
            id="case-pack-file"
            name="fil"
            accept="application/json,.json"
            aria-describedby="case-pack-file-hint"
          />
        </FormGroup>
      </ActionForm>
    </AdminShell>
  );
}
