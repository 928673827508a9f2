/**
 * The seam between prescribing and the outside world. A gateway sends one NCPDP SCRIPT NewRx
 * (JSON rendering, lib/schemas/pharmacy-newrx.ts) and answers with the pharmacy's order id.
 * Implementations: HttpPharmacyGateway (the built-in sandbox, or any service speaking the
 * same JSON); a Surescripts adapter would map the message to SCRIPT XML (see README.md).
 *
 * Contract every implementation must keep:
 *  - idempotent on `idempotencyKey`: the same key never creates a second order (retries and
 *    crashed workers resend it);
 *  - failures are values: `retryable` true for timeouts, 5xx, 429 and network errors; false
 *    for a rejection that will not change on retry;
 *  - `message` and `code` carry no PHI (they are stored in Prescription.lastError and logged).
 */
import type { TNewRxMessage } from "@/lib/schemas/pharmacy-newrx";

export type PharmacySendResult =
  | { ok: true; orderId: string; duplicate: boolean }
  | { ok: false; retryable: boolean; code: string; message: string; httpStatus?: number };

export interface PharmacyGatewayCapabilities {
  /** EPCS-certified for controlled substances (DEA 21 CFR 1311); otherwise those go to the pharmacist. */
  controlledSubstances: boolean;
}

export interface PharmacyGateway {
  /** Pharmacy.gatewayKey this gateway serves (ExternalService key "pharmacy:<key>"). */
  readonly key: string;
  readonly capabilities: PharmacyGatewayCapabilities;
  sendNewRx(message: TNewRxMessage, opts: { idempotencyKey: string }): Promise<PharmacySendResult>;
}
