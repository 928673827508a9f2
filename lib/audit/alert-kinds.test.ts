import { describe, expect, it } from "vitest";
import { AUDIT_ALERT_KINDS, AUDIT_ALERT_META, describeAuditAlert } from "./alert-kinds";

describe("describeAuditAlert", () => {
  it("states who, how many, over what window and the limit", () => {
    expect(describeAuditAlert("many_patients", "Dr. Jordan Lee", { count: 31, threshold: 25, windowMinutes: 15 }))
      .toBe("Dr. Jordan Lee opened 31 patients' records in 15 minutes (limit 25).");
    expect(describeAuditAlert("repeated_denials", null, { count: 6, threshold: 5, windowMinutes: 15 }))
      .toBe("An unknown user had 6 refused attempts in 15 minutes (limit 5).");
  });

  it("quotes the break-the-glass justification", () => {
    expect(describeAuditAlert("break_glass", "Dr. Anika Patel", { justification: "Patient collapsed in clinic" }))
      .toBe("Dr. Anika Patel used emergency (break-the-glass) access: “Patient collapsed in clinic”.");
  });

  it("has a label and severity for every kind", () => {
    for (const k of AUDIT_ALERT_KINDS) expect(AUDIT_ALERT_META[k].label.length).toBeGreaterThan(3);
  });
});
