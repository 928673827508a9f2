/**
 * The configured AI endpoint in the external-service registry (ExternalService, kind "ai").
 * The row is created on first use and its BAA flag follows AI_SERVICE_BAA on every call: claiming
 * BAA coverage is a reviewed deployment setting, not a database edit. `enabled` stays with the
 * administrator: a disabled row switches the service off (the offline engine is used instead).
 * The offline engine is not registered: it never leaves the process.
 */
import type { DbOrTx } from "../db/prisma";
import { db } from "../db/prisma";
import type { AiConfig } from "./ai-config";

export const AI_SERVICE_KIND = "ai";

/** Registry key of the configured endpoint, or null for the offline engine. */
export function aiServiceKey(config: Pick<AiConfig, "engine" | "baseUrl">): string | null {
  if (config.engine === "offline" || !config.baseUrl) return null;
  return config.engine === "openai" ? "ai:openai" : `ai:compatible:${new URL(config.baseUrl).host}`;
}

function serviceName(config: AiConfig): string {
  if (config.serviceName) return config.serviceName;
  return config.engine === "openai" ? "OpenAI API" : `OpenAI-compatible endpoint (${new URL(config.baseUrl!).host})`;
}

/** Creates or refreshes the registry row of the configured endpoint; null for the offline engine. */
export async function ensureAiService(config: AiConfig, client: DbOrTx = db) {
  const key = aiServiceKey(config);
  if (!key) return null;
  const name = serviceName(config);
  return client.externalService.upsert({
    where: { key },
    create: { key, kind: AI_SERVICE_KIND, name, baseUrl: config.baseUrl, baaCovered: config.baaCovered, enabled: true },
    update: { name, baseUrl: config.baseUrl, baaCovered: config.baaCovered },
  });
}

/** The registry row without writing (for read paths); null when missing or offline. */
export async function findAiService(config: AiConfig, client: DbOrTx = db) {
  const key = aiServiceKey(config);
  return key ? client.externalService.findUnique({ where: { key } }) : null;
}
