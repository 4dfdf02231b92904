import { reportFormPath } from "./paths";
import type { Locale } from "@/machines/locale";

export type ReportLinkTexts = { link: string; about: (name: string) => string };

/** "Forkert eller mangler der noget?" at a contact: the form for reporting it, named for a screen reader. */
export function ReportLink({ locale, target, name, texts }: { locale: Locale; target: string; name: string; texts: ReportLinkTexts }) {
  return (
    // Without a referrer: the page it is on may hold the answers in its address, and the report carries none.
    <a className="report-link no-print" href={reportFormPath(locale, target)} rel="noreferrer">
      {texts.link}
      <span className="sr-only"> ({texts.about(name)})</span>
    </a>
  );
}
