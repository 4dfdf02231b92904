import { NextResponse, type NextRequest } from "next/server";
import { readBodyWithin } from "@/lib/api/read-body";
import { routeAnswers } from "@/lib/api/route-answers.server";
import { MAX_BODY_BYTES } from "@/lib/api/route-contract";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  const result = await routeAnswers(await readBodyWithin(request, MAX_BODY_BYTES));
  return NextResponse.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
