export { publishHandler as POST } from "@/lib/training/authoring/case-handlers.server";
