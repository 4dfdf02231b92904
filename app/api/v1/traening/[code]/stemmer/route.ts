import { jsonResponse } from "@/lib/http/json-response";
import { isJsonRequest, UNSUPPORTED_MEDIA_TYPE } from "@/lib/http/json-request";
import { CLIENT_GONE, clientGoneResponse, readBodyWithin } from "@/lib/http/read-body";
import { clientAddress } from "@/lib/security/client-address";
import { voteResponse } from "@/lib/training/room/room-api.server";
import { MAX_VOTE_BODY_BYTES } from "@/lib/training/room/room-input";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  if (!isJsonRequest(request.headers))
    return jsonResponse(UNSUPPORTED_MEDIA_TYPE, { status: 415, headers: { "Cache-Control": "no-store" } });
  const { code } = await params;
  const rawBody = await readBodyWithin(request, MAX_VOTE_BODY_BYTES);
  if (rawBody === CLIENT_GONE) return clientGoneResponse();
  const result = await voteResponse({ code, rawBody, client: clientAddress(request.headers), now: new Date() });
  return jsonResponse(result.body, { status: result.status, headers: { "Cache-Control": "no-store", ...result.headers } });
}
