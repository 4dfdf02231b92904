export { copyHandler as POST } from "@/lib/training/authoring/case-handlers.server";
