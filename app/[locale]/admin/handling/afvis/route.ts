import { decisionHandler } from "@/lib/admin/decision-handler.server";

export const POST = decisionHandler(false);
