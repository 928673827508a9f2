/**
 * A PharmacyGateway over HTTP/JSON: POST {baseUrl}/v1/newrx with the NewRx message and an
 * Idempotency-Key header. Speaks to the built-in sandbox (server/pharmacy-sandbox) and to any
 * intermediary that exposes the same contract. Every failure becomes a typed result; nothing
 * from the response body other than a short error code is kept (no PHI in lastError or logs).
 */
import type { TNewRxMessage } from "@/lib/schemas/pharmacy-newrx";
import { ZPharmacyOrderAccepted } from "@/lib/schemas/pharmacy-newrx";
import type { PharmacyGateway, PharmacyGatewayCapabilities, PharmacySendResult } from "./pharmacy-gateway";

export interface HttpPharmacyGatewayOptions {
  key: string;
  baseUrl: string;
  timeoutMs: number;
  capabilities?: PharmacyGatewayCapabilities;
  /** Extra request headers (e.g. credentials of a real intermediary, or X-Sandbox-Fail in tests). */
  headers?: Record<string, string>;
}

export class HttpPharmacyGateway implements PharmacyGateway {
  readonly key: string;
  readonly capabilities: PharmacyGatewayCapabilities;

  constructor(private readonly opts: HttpPharmacyGatewayOptions) {
    this.key = opts.key;
    this.capabilities = opts.capabilities ?? { controlledSubstances: false };
  }

  async sendNewRx(message: TNewRxMessage, { idempotencyKey }: { idempotencyKey: string }): Promise<PharmacySendResult> {
    let res: Response;
    try {
      res = await fetch(new URL("/v1/newrx", this.opts.baseUrl), {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": idempotencyKey, ...this.opts.headers },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch (e) {
      const timedOut = e instanceof DOMException && e.name === "TimeoutError";
      return { ok: false, retryable: true, code: timedOut ? "TIMEOUT" : "NETWORK_ERROR", message: timedOut ? `No answer within ${this.opts.timeoutMs} ms` : "The pharmacy gateway could not be reached" };
    }
    const body = (await res.json().catch(() => null)) as { code?: unknown; orderId?: unknown } | null;
    if (res.ok) {
      const accepted = ZPharmacyOrderAccepted.safeParse(body);
      if (accepted.success) return { ok: true, orderId: accepted.data.orderId, duplicate: accepted.data.duplicate };
      // 2xx without an order id: we cannot know if an order exists; retry with the same key to find out.
      return { ok: false, retryable: true, code: "BAD_RESPONSE", message: "The gateway answered without an order id", httpStatus: res.status };
    }
    const code = typeof body?.code === "string" && /^[A-Z_]{2,40}$/.test(body.code) ? body.code : `HTTP_${res.status}`;
    const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
    return { ok: false, retryable, code, message: `Pharmacy gateway answered ${res.status} ${code}`, httpStatus: res.status };
  }
}
