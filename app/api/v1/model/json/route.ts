import { modelDownload } from "../../../../../lib/training/diagram/model-download";
import { modelJson } from "@/machines/model-export";

export const dynamic = "force-static";

export function GET() {
  return modelDownload(modelJson(), "application/json; charset=utf-8", "henvis-model.json");
}
