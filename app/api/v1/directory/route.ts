import { directoryAnswer } from "@/lib/directory/directory-api.server";
import { jsonResponse } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

export async function GET() {
  const { status, body } = await directoryAnswer();
  // A browser keeps the copy it is given for use offline; it asks again each time it is online.
  return jsonResponse(body, { status, headers: { "Cache-Control": "no-cache" } });
}
