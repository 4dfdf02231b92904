import "server-only";
import { titledBy } from "../ui/page-metadata";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readPageAddress, type SearchParams } from "../http/request-fields";
import { requireAdminPage } from "./admin-request.server";
import type { SignedInAdmin } from "./sessions.server";
import type da from "@/messages/da.json";

export type AdminPageProps<Params extends object = object> = {
  params: Promise<{ locale: string } & Params>;
  searchParams: Promise<SearchParams>;
};

/** A part of the administration's texts: the page's own texts are `admin.<section>`. */
type AdminSection = keyof (typeof da)["admin"];

type AdminTexts = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/** The text a query parameter names among the administration's notices or errors; undefined for none or an unknown one. */
const namedText = (tAdmin: AdminTexts, group: "notices" | "errors", name: string | undefined) =>
  name && tAdmin.has(`${group}.${name}`) ? tAdmin(`${group}.${name}`) : undefined;

/**
 * What every page of the administration starts with: the locale and query of its address, its route's parameters,
 * its own texts and the administration's, and the notice (`besked`) and error (`fejl`) the address
 * names after an action.
 */
export async function openAdminPage<Params extends object>(props: AdminPageProps<Params>, section: AdminSection) {
  const [{ locale, query }, params] = await Promise.all([readPageAddress(props.params, props.searchParams), props.params]);
  setRequestLocale(locale);
  const [t, tAdmin] = await Promise.all([
    getTranslations({ locale, namespace: `admin.${section}` }),
    getTranslations({ locale, namespace: "admin" }),
  ]);
  return {
    locale,
    query,
    params,
    t,
    tAdmin,
    notice: namedText(tAdmin, "notices", query.besked),
    error: namedText(tAdmin, "errors", query.fejl),
  };
}

/** A page for signed-in administrators: anyone else is sent to sign in, and one whom `may` refuses gets 403. */
export async function openSignedInPage<Params extends object>(
  props: AdminPageProps<Params>,
  section: AdminSection,
  may: (admin: SignedInAdmin) => boolean = () => true,
) {
  const page = await openAdminPage(props, section);
  const admin = await requireAdminPage(page.locale);
  if (!may(admin)) forbidden();
  return { ...page, admin };
}

/** A page's title, from the administration's texts (`key` under `admin`). */
export const adminPageTitle = (key: string) => titledBy(`admin.${key}`);
