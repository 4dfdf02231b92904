import { notFound, forbidden } from "next/navigation";
import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { ChangeTable } from "@/lib/admin/change-table";
import { ContactForm, DraftNotice } from "@/lib/admin/contact-form";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { decodeDraft, DRAFT_PARAM } from "@/lib/admin/contact-draft";
import { findVersionedContact, pendingChanges } from "@/lib/admin/directory-admin.server";
import { REPORT_PARAM } from "@/lib/admin/report-param";
import { mayEditUnit } from "@/lib/admin/roles";
import { otherLocale } from "@/lib/i18n/locales";
import { adminContactPath } from "@/lib/admin/paths";
import { decodedSegment } from "@/lib/web-address";

export const generateMetadata = adminPageTitle("contact.editTitle");

/** One contact: its form, what waits for approval beside what is shown now, and retiring it. */
export default async function EditContactPage(props: AdminPageProps<{ id: string }>) {
  const { locale, query, params, admin, t, notice } = await openSignedInPage(props, "contact");
  const id = decodedSegment(params.id);
  const found = id === undefined ? undefined : await readForPage(locale, (db) => findVersionedContact(db, id));
  if (!found) notFound();
  const { contact, version } = found;
  if (!mayEditUnit(admin, contact.unit)) forbidden();
  const pending = await readForPage(locale, (db) => pendingChanges(db, contact.id));
  const draft = decodeDraft(query[DRAFT_PARAM]);
  return (
    <AdminShell
      locale={locale}
      admin={admin}
      page="contacts"
      alternateHref={adminContactPath(otherLocale(locale), contact.id)}
      title={`${t("editTitle")}: ${contact.nameDa}`}
      notice={notice}
    >
      {pending.length > 0 && (
        <section className="admin-pending" aria-labelledby="pending-heading">
          <h2 id="pending-heading">{t("pendingHeading")}</h2>
          {pending.map((change) => (
            <ChangeTable key={change.id} locale={locale} change={change} admin={admin} />
          ))}
        </section>
      )}
      {contact.line === "PERSONAL" && <p className="muted">{t("personalLine")}</p>}
      {draft && <DraftNotice text={t("draftNotice")} />}
      <ContactForm
        locale={locale}
        id={contact.id}
        version={draft?.values.version ?? String(version)}
        values={draft ? { ...draft.values, body: contact.body, unit: contact.unit } : contact}
        live={draft ? contact : undefined}
        errors={draft?.errors ?? {}}
        submitLabel={t("save")}
        {...(query[REPORT_PARAM] ? { report: query[REPORT_PARAM] } : {})}
      />
      {!contact.retiredAt && (
        <section aria-labelledby="retire-heading">
          <h2 id="retire-heading">{t("retireHeading")}</h2>
          <p>{t("retireLead")}</p>
          <ActionForm locale={locale} action="retireContact" fields={{ id: contact.id }} submit={t("retire")} kind="secondary" />
        </section>
      )}
    </AdminShell>
  );
}
