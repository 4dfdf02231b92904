import { refusalPage } from "@/lib/admin/refusal-page";
import { databaseStatus } from "@/lib/health.server";
import { localeOrDefault } from "@/lib/i18n/locales";
import { adminPath } from "@/lib/admin/paths";

/** Where an administration page goes during a database outage: 503 while it lasts, the overview once it is over. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale = localeOrDefault((await params).locale);
  if ((await databaseStatus()) === "down") return refusalPage(locale, "unavailable");
  return new Response(null, { status: 303, headers: { Location: adminPath(locale, "home"), "Cache-Control": "no-store" } });
}
