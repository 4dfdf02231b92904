import { NextResponse } from "next/server";
import { databaseStatus } from "@/lib/health.server";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await databaseStatus();
  return db === "ok" ? NextResponse.json({ status: "ok", db }) : NextResponse.json({ status: "degraded", db }, { status: 503 });
}
