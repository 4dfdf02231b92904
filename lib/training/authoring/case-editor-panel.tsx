import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import { DANISH_TIME_ZONE } from "@/lib/dates";
import type { Locale } from "@/machines/locale";
import { areaChoices } from "./case-areas";
import { CaseEditor } from "./case-editor";
import type { CaseEditorState } from "./case-editor-state";

/** The editor with the texts it needs in the browser, and the places the administrator may put the case. */
export async function CaseEditorPanel(props: {
  locale: Locale;
  admin: SignedInAdmin;
  initial: CaseEditorState;
  slug?: string;
  version?: number;
}) {
  const { locale, admin, initial, slug, version } = props;
  const [messages, t] = await Promise.all([getMessages({ locale }), getTranslations({ locale, namespace: "admin.cases" })]);
  const areas = areaChoices(admin, { national: t("national"), noArea: t("noArea") }, initial.values.area);
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={{ caseAuthoring: messages.caseAuthoring, bodies: messages.bodies }}
      timeZone={DANISH_TIME_ZONE}
    >
      <CaseEditor
        locale={locale}
        initial={initial}
        areas={areas}
        {...(slug ? { slug } : {})}
        {...(version !== undefined ? { version } : {})}
      />
    </NextIntlClientProvider>
  );
}
