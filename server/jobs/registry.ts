/**
 * Job definitions: name, version, retry policy and handler. Payloads are ids
 * only (validated by each handler's zod schema); handlers are idempotent.
 */
import type { Logger } from "pino";
import type PgBoss from "pg-boss";
import { runSlaSweep } from "../sla/run-sla-sweep";
import { dispatchEmailNotifications } from "../notifications/dispatch-email-notifications";
import { detectSuspiciousAccess } from "../audit/detect-suspicious-access";
import { pharmacySendJob } from "./pharmacy-send";
import { aiRequestJob, aiRequestSweepJob } from "../ai/ai-jobs";

export interface JobDefinition<P = unknown> {
  name: string;
  version: number;
  /** Attempts after the first failure; pg-boss backs off exponentially from retryDelaySeconds. */
  retryLimit: number;
  retryDelaySeconds: number;
  cron?: string;
  /** pg-boss queue policy ("short": one queued job per singletonKey); default "standard". */
  policy?: "standard" | "short" | "singleton" | "stately";
  /** An active job is failed (and retried) after this long; pg-boss default 15 min. */
  expireInSeconds?: number;
  run(payload: P, log: Logger): Promise<void>;
  /** Optional loop started with the worker (e.g. a dispatcher); returns its stop function. */
  background?(boss: PgBoss, log: Logger): Promise<() => Promise<void>>;
}

export const slaMonitorJob: JobDefinition<Record<string, never>> = {
  name: "sla-monitor",
  version: 1,
  retryLimit: 0, // the next minute's run retries naturally
  retryDelaySeconds: 30,
  cron: "* * * * *",
  async run(_payload, log) {
    const r = await runSlaSweep();
    if (r.breached + r.reminders > 0) log.info(r, "SLA sweep");
  },
};

/** Suspicious-access detection (audit alerts); thresholds in server/audit/audit-alert-config.ts. */
export const auditAlertsJob: JobDefinition<Record<string, never>> = {
  name: "audit-suspicious-access",
  version: 1,
  retryLimit: 0, // idempotent and re-run every minute: a failed run is simply covered by the next one
  retryDelaySeconds: 30,
  cron: "* * * * *",
  async run(_payload, log) {
    const { created, byKind } = await detectSuspiciousAccess();
    if (created > 0) log.warn({ created, byKind }, "suspicious access alerts raised");
  },
};

export const notificationEmailJob: JobDefinition<Record<string, never>> = {
  name: "notification-email",
  version: 1,
  retryLimit: 0, // the next run picks up whatever is still pending
  retryDelaySeconds: 30,
  cron: "* * * * *",
  async run(_payload, log) {
    const sent = await dispatchEmailNotifications();
    if (sent > 0) log.info({ sent }, "notification e-mails sent");
  },
};

export const JOBS: JobDefinition<never>[] = [
  notificationEmailJob as JobDefinition<never>,
  slaMonitorJob as JobDefinition<never>,
  auditAlertsJob as JobDefinition<never>,
  pharmacySendJob as JobDefinition<never>,
  aiRequestJob as JobDefinition<never>,
  aiRequestSweepJob as JobDefinition<never>,
];
