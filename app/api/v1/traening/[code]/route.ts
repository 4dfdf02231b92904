import { jsonResponse } from "@/lib/http/json-response";
import { clientAddress } from "@/lib/security/client-address";
import { stateResponse } from "@/lib/training/room/room-api.server";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const result = await stateResponse({ code, client: clientAddress(request.headers), now: new Date() });
  return jsonResponse(result.body, { status: result.status, headers: { "Cache-Control": "no-store", ...result.headers } });
}
