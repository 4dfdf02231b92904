import { useTranslations } from "next-intl";
import { journeyOf } from "@/lib/journey/journey";
import { nextPath } from "@/lib/journey/paths";
import type { Locale } from "@/machines/locale";
import type { Answers } from "@/machines/vocabulary";

/** Rule R0: the call to 112 and nothing that competes with it; afterwards the journey goes on without the danger. */
export function EmergencyCall({ locale, answers }: { locale: Locale; answers: Answers }) {
  const t = useTranslations("result");
  return (
    <>
      <h1 tabIndex={-1}>{t("emergencyTitle")}</h1>
      <p className="font-lead">{t("emergencyLead")}</p>
      <p>
        <a className="button button-primary call-link emergency-call-button" href="tel:112">
          {t("emergencyCall")}
        </a>
      </p>
      <p className="emergency-over">
        <a href={nextPath(locale, journeyOf({ ...answers, acuteDanger: false }))}>{t("emergencyOver")}</a>
        <br />
        {t("emergencyOverHint")}
      </p>
    </>
  );
}
