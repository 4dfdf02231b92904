import { AdminShell } from "@/lib/admin/admin-shell";
import { ContactForm } from "@/lib/admin/contact-form";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { decodeDraft, DRAFT_PARAM } from "@/lib/admin/contact-draft";
import { isUnitKey } from "@/lib/directory/units";
import { todayInDenmark } from "@/lib/dates";
import { otherLocale } from "@/lib/i18n/locales";
import { adminPath } from "@/lib/admin/paths";
import { BODY_KEYS } from "@/machines/vocabulary";

export const generateMetadata = adminPageTitle("contact.newTitle");

/** A new contact, proposed for a second administrator's approval; `enhed` (a body) and `enhet` (a unit) fill in the form. */
export default async function NewContactPage(props: AdminPageProps) {
  const { locale, query, admin, t } = await openSignedInPage(props, "contact");
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
    <AdminShell locale={locale} admin={admin} page="contacts" alternateHref={alternateHref} title={t("newTitle")}>
      <ContactForm locale={locale} values={draft?.values ?? defaults} errors={draft?.errors ?? {}} submitLabel={t("propose")} />
    </AdminShell>
  );
}
