import type { NextRequest } from "next/server";
import { handleReport } from "@/lib/directory/reports/report-handler.server";

export const POST = (request: NextRequest, { params }: { params: Promise<{ locale: string }> }) => handleReport(request, params);
