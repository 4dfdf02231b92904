import { localeOrDefault } from "@/lib/i18n/locales";
import { summaryCsvResponse } from "@/lib/training/room/room-summary-download.server";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  return summaryCsvResponse(localeOrDefault(locale), token);
}
