import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ContactForm } from "@/lib/admin/contact-form";
import { requireAdminPage } from "@/lib/admin/admin-request.server";
import { decodeDraft, DRAFT_PARAM } from "@/lib/admin/contact-draft";
import { isUnitKey } from "@/lib/admin/units";
import { todayInDenmark } from "@/lib/dates";
import { otherLocale } from "@/lib/i18n/locales";
import { adminPath } from "@/lib/admin/paths";
import { BODY_KEYS } from "@/machines/vocabulary";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.contact" }))("newTitle") };
}

/** A new contact, proposed for a second administrator's approval; `enhed` (a body) and `enhet` (a unit) fill in the form. */
export default async function NewContactPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  const t = await getTranslations({ locale, namespace: "admin.contact" });
  const draft = decodeDraft(query[DRAFT_PARAM]);
  const body = BODY_KEYS.find((key) => key === query.enhed);
  const unit = query.enhet && isUnitKey(query.enhet) ? query.enhet : undefined;
  const ownMunicipality = admin.municipalityCodes.length === 1 ? `municipality:${admin.municipalityCodes[0]}` : undefined;
  const defaults = {
    verifiedAt: todayInDenmark(),
    body,
    unit: unit ?? ownMunicipality ?? (admin.policeDistrictId ? `district:${admin.policeDistrictId}` : ""),
  };
  const alternateHref = adminPath(otherLocale(locale), "newContact", { enhed: body, enhet: unit });
  return (
    <AdminShell locale={locale} alternateHref={alternateHref} admin={admin} current="contacts">
      <h1>{t("newTitle")}</h1>
      <ContactForm locale={locale} values={draft?.values ?? defaults} errors={draft?.errors ?? {}} submitLabel={t("propose")} />
    </AdminShell>
  );
}
