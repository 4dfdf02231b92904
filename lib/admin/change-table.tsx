import { useFormatter, useTranslations } from "next-intl";
import { ActionForm } from "./action-form";
import { AdminTable } from "./admin-table";
import { changedFields, type PendingChange } from "@/lib/admin/directory-admin.server";
import type { ChangeItem } from "@/lib/admin/directory-csv";
import { mayApprove } from "@/lib/admin/roles";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import type { Locale } from "@/machines/locale";

// A page with every item of a large import would take long to render and longer to read.
const SHOWN_ITEMS = 50;

/**
 * A waiting change: each contact's changed fields, now and proposed, and the buttons to decide it. An import says how
 * many contacts it creates, changes and retires, and shows the first of them.
 */
export function ChangeTable({ locale, change, admin }: { locale: Locale; change: PendingChange; admin: SignedInAdmin }) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const own = change.authorEmail === admin.email;
  const allowed = mayApprove(admin, change);
  const count = (kind: ChangeItem["kind"]) => change.items.filter((item) => item.kind === kind).length;
  const shown = change.items.slice(0, SHOWN_ITEMS);
  return (
    <article className="admin-change" aria-label={t(`changes.kind.${change.kind as "edit"}`)}>
      <h3>
        {t(`changes.kind.${change.kind as "edit"}`)}
        <span className="muted">
          {" · "}
          {t("changes.by", {
            email: change.authorEmail,
            date: format.dateTime(new Date(change.createdAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
        </span>
      </h3>
      {change.kind === "import" && (
        <p>
          {t("changes.summary", { total: change.items.length, created: count("create"), edited: count("edit"), retired: count("retire") })}
          {shown.length < change.items.length && ` ${t("changes.firstShown", { shown: shown.length })}`}
        </p>
      )}
      {shown.map((item) => (
        <AdminTable
          key={item.contactId}
          caption={
            <>
              {t(`changes.kind.${item.kind}`)}: {item.after.nameDa} ({item.after.unit})
            </>
          }
          headings={[t("changes.field"), t("changes.before"), t("changes.after")]}
        >
          {(item.before ? changedFields(item.before, item.after) : (["nameDa", "phone", "email", "url", "unit"] as const)).map((name) => (
            <tr key={name}>
              <th scope="row">{name === "retiredAt" ? t("contacts.flagRetired") : t(`contact.fields.${name}`)}</th>
              <td>{item.before?.[name] ?? "–"}</td>
              <td>
                <strong>{item.after[name] ?? "–"}</strong>
              </td>
            </tr>
          ))}
        </AdminTable>
      ))}
      {own && <p>{t("changes.own")}</p>}
      {!own && !allowed && <p>{t("changes.outOfScope")}</p>}
      {allowed && (
        <div className="admin-decision">
          <ActionForm locale={locale} action="approveChange" fields={{ change: change.id }} submit={t("changes.approve")} />
          <ActionForm locale={locale} action="rejectChange" fields={{ change: change.id }} submit={t("changes.reject")} kind="secondary" />
        </div>
      )}
    </article>
  );
}
