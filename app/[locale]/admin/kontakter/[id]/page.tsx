import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNotice, AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, namedText, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ChangeTable } from "@/lib/admin/change-table";
import { ContactForm, DraftNotice } from "@/lib/admin/contact-form";
import { readForPage, requireAdminPage } from "@/lib/admin/admin-request.server";
import { decodeDraft, DRAFT_PARAM } from "@/lib/admin/contact-draft";
import { findVersionedContact, pendingChanges } from "@/lib/admin/directory-admin.server";
import { mayEditUnit } from "@/lib/admin/roles";
import { otherLocale } from "@/lib/i18n/locales";
import { adminActionPath, adminContactPath } from "@/lib/admin/paths";

type Props = AdminPageProps & { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.contact" }))("editTitle") };
}

/** One contact: its form, what waits for approval beside what is shown now, and retiring it. */
export default async function EditContactPage(props: Props) {
  const [{ locale, query }, { id }] = await Promise.all([readAdminPage(props), props.params]);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  const found = await readForPage(locale, (db) => findVersionedContact(db, decodeURIComponent(id)));
  if (!found) notFound();
  const { contact, version } = found;
  if (!mayEditUnit(admin, contact.unit)) forbidden();
  const [t, tAdmin, pending] = await Promise.all([
    getTranslations({ locale, namespace: "admin.contact" }),
    getTranslations({ locale, namespace: "admin" }),
    readForPage(locale, (db) => pendingChanges(db, contact.id)),
  ]);
  const draft = decodeDraft(query[DRAFT_PARAM]);
  const notice = namedText(tAdmin, "notices", query.besked);
  return (
    <AdminShell locale={locale} alternateHref={adminContactPath(otherLocale(locale), contact.id)} admin={admin} current="contacts">
      <h1>
        {t("editTitle")}: {contact.nameDa}
      </h1>
      <AdminNotice text={notice} />
      {pending.length > 0 && (
        <section className="admin-pending" aria-labelledby="pending-heading">
          <h2 id="pending-heading">{t("pendingHeading")}</h2>
          {pending.map((change) => (
            <ChangeTable key={change.id} locale={locale} change={change} admin={admin} />
          ))}
        </section>
      )}
      {draft && <DraftNotice text={t("draftNotice")} />}
      <ContactForm
        locale={locale}
        id={contact.id}
        version={draft?.values.version ?? String(version)}
        values={draft ? { ...draft.values, body: contact.body, unit: contact.unit } : contact}
        live={draft ? contact : undefined}
        errors={draft?.errors ?? {}}
        submitLabel={t("save")}
      />
      {!contact.retiredAt && (
        <section aria-labelledby="retire-heading">
          <h2 id="retire-heading">{t("retireHeading")}</h2>
          <p>{t("retireLead")}</p>
          <form method="post" action={adminActionPath(locale, "retireContact")}>
            <input type="hidden" name="id" value={contact.id} />
            <button type="submit" className="button button-secondary">
              {t("retire")}
            </button>
          </form>
        </section>
      )}
    </AdminShell>
  );
}
