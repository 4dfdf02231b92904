import { modelDownload } from "../../../../../lib/training/diagram/model-download";
import { modelMermaid } from "@/machines/model-export";

export const dynamic = "force-static";

export function GET() {
  return modelDownload(modelMermaid(), "text/vnd.mermaid; charset=utf-8", "henvis-model.mmd");
}
