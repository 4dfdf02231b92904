import type { NextRequest } from "next/server";
import { jsonResponse } from "@/lib/http/json-response";
import { isJsonRequest, UNSUPPORTED_MEDIA_TYPE } from "@/lib/http/json-request";
import { CLIENT_GONE, clientGoneResponse, readBodyWithin } from "@/lib/http/read-body";
import { routeAnswers } from "@/lib/api/route-answers.server";
import { MAX_BODY_BYTES } from "@/lib/api/route-contract";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  if (!isJsonRequest(request.headers))
    return jsonResponse(UNSUPPORTED_MEDIA_TYPE, { status: 415, headers: { "Cache-Control": "no-store" } });
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (body === CLIENT_GONE) return clientGoneResponse();
  const result = await routeAnswers(body);
  return jsonResponse(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
