import { describe, expect, it } from "vitest";
import { estimateManualResolution, manualDelayMessage, prescriptionSentMessage } from "./manual-delay-message";
import { isPrescriptionActive } from "./prescription-status";

const NOW = new Date("2026-12-05T15:00:00Z"); // 10:00 in New York

describe("patient messages about pharmacy delivery", () => {
  it("gives an estimated resolution time in the patient's time zone and language", () => {
    const eta = estimateManualResolution(NOW, 4);
    expect(eta.toISOString()).toBe("2026-12-05T19:00:00.000Z");
    const en = manualDelayMessage({ pharmacyName: "Main Street Drugs", eta, now: NOW, locale: "en", timeZone: "America/New_York" });
    expect(en.body).toContain("Main Street Drugs");
    expect(en.body).toContain("today by 2:00 PM EST");
    const es = manualDelayMessage({ pharmacyName: "Farmacia", eta, now: NOW, locale: "es", timeZone: "America/New_York" });
    expect(es.title).toBe("Su receta tardará un poco más");
    expect(es.body).toMatch(/hoy a las 2:00\sp\.\s?m\./);
  });

  it("names the day when the estimate falls tomorrow", () => {
    const late = new Date("2026-12-06T02:00:00Z"); // 21:00 Saturday in New York
    const m = manualDelayMessage({ pharmacyName: "X", eta: estimateManualResolution(late, 4), now: late, locale: "en", timeZone: "America/New_York" });
    expect(m.body).toContain("by Sunday 1:00 AM EST");
  });

  it("never names the drug (notifications may be e-mailed)", () => {
    expect(prescriptionSentMessage({ pharmacyName: "Riverside", locale: "en" }).body).toBe("Your prescription is at Riverside. Call the pharmacy before you go to check when it will be ready.");
  });
});

describe("isPrescriptionActive", () => {
  const base = { status: "sent", approvedAt: new Date("2026-11-20T00:00:00Z"), durationDays: 10, refills: 0 };
  it("counts a course (with refills and a week's grace) as current", () => {
    expect(isPrescriptionActive(base, NOW)).toBe(true);
    expect(isPrescriptionActive({ ...base, durationDays: 5 }, NOW)).toBe(false);
    expect(isPrescriptionActive({ ...base, durationDays: 5, refills: 1 }, NOW)).toBe(true);
    expect(isPrescriptionActive({ ...base, durationDays: null }, NOW)).toBe(true);
    expect(isPrescriptionActive({ ...base, status: "cancelled" }, NOW)).toBe(false);
  });
});

describe("manualQueueReason", () => {
  it("splits the code and says whether Resend can help", async () => {
    const { manualQueueReason } = await import("./manual-queue-reason");
    expect(manualQueueReason("UNAVAILABLE: Not accepted after 3 attempts")).toEqual({ code: "UNAVAILABLE", text: "Not accepted after 3 attempts", resendCanHelp: true });
    expect(manualQueueReason("NO_BAA: not covered")).toMatchObject({ code: "NO_BAA", resendCanHelp: false });
    expect(manualQueueReason(null)).toMatchObject({ code: "UNKNOWN", text: "No reason was recorded.", resendCanHelp: true });
  });
});
