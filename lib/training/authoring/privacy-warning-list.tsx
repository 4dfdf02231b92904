import { useTranslations } from "next-intl";
import type { CaseWarning } from "./privacy-warnings";

/** What in the case's texts looks like real personal data, and why it should not be there. A warning, not a refusal. */
export function PrivacyWarnings({ warnings, fieldName }: { warnings: CaseWarning[]; fieldName: (field: string) => string }) {
  const t = useTranslations("caseAuthoring.privacy");
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warning" role="status" data-testid="privacy-warnings">
      <div className="alert-body">
        <h2 className="alert-heading">{t("heading")}</h2>
        <p className="alert-text">{t("lead")}</p>
        <ul className="alert-text">
          {warnings.map(({ field, kind, excerpt }, index) => (
            <li key={`${field}-${index}`}>
              {fieldName(field)}: »{excerpt}« – {t(`kinds.${kind}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
