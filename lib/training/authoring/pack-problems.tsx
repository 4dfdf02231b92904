import { useTranslations } from "next-intl";
import { problemPlace, type PackReport } from "./pack-report";

/** Why a case pack was refused: each problem with where it is in the file. Nothing was saved. */
export function PackProblems({ report }: { report: PackReport }) {
  const t = useTranslations("admin.cases");
  const tProblem = useTranslations("caseAuthoring.packProblems");
  const total = report.problems.length + report.unlisted;
  return (
    <div className="alert alert-error" role="alert" data-testid="pack-problems">
      <div className="alert-body">
        <h2 className="alert-heading">{t("problemsHeading")}</h2>
        <p className="alert-text">
          {t("problemsLead", { total })} {report.unlisted > 0 && t("problemsShown", { shown: report.problems.length })}
        </p>
        <ul className="alert-text">
          {report.problems.map(({ path, code }, index) => {
            const { caseNumber, field } = problemPlace(path);
            const place = [caseNumber && t("caseNumber", { number: caseNumber }), field].filter(Boolean).join(", ") || t("wholeFile");
            return (
              <li key={index}>
                <strong>{place}:</strong> {tProblem(code)}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
