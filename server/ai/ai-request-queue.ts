/**
 * The pg-boss queue of AI requests: job "ai-request", version 1, payload {aiRequestId}.
 * Retry policy: 2 retries, 5 s then 10 s (pg-boss backoff). Expected failures never throw (they
 * are recorded as "unavailable"), so a retry only follows an unexpected error before the row was
 * claimed, e.g. a database blip; a claimed row is never run twice (see run-ai-request.ts).
 */
export const AI_REQUEST_QUEUE = {
  name: "ai-request",
  version: 1,
  retryLimit: 2,
  retryDelaySeconds: 5,
} as const;
