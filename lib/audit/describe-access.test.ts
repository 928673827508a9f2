import { describe, expect, it } from "vitest";
import { describeAccess, shortTitle } from "./describe-access";

const lee = { actorName: "Dr. Jordan Lee", actorRole: "provider" };

describe("describeAccess", () => {
  it("says who viewed which consultation, in plain words", () => {
    expect(describeAccess({ ...lee, action: "READ", resourceType: "consultation", consultationTitle: "Sore throat and a mild fever for two days" }, "en"))
      .toBe("Dr. Jordan Lee (provider) viewed your consultation “Sore throat and a mild fever for two…”");
  });

  it("speaks Spanish to Spanish-speaking patients", () => {
    expect(describeAccess({ ...lee, action: "READ", resourceType: "consultation", consultationTitle: "Dolor de garganta" }, "es"))
      .toBe("Dr. Jordan Lee (profesional médico) vio su consulta “Dolor de garganta”");
    expect(describeAccess({ actorName: "Morgan Jones", actorRole: "supervisor", action: "EXPORT", resourceType: "access_report" }, "es"))
      .toBe("Morgan Jones (supervisor) descargó un informe de quién accedió a su expediente");
  });

  it("names emergency access", () => {
    expect(describeAccess({ ...lee, action: "BREAK_GLASS", resourceType: "consultation", consultationTitle: "Chest pain" }, "en"))
      .toBe("Dr. Jordan Lee (provider) opened your consultation “Chest pain” using emergency access");
  });

  it("describes list views and status changes", () => {
    expect(describeAccess({ ...lee, action: "READ", resourceType: "consultation_list", consultationCount: 3 }, "en"))
      .toBe("Dr. Jordan Lee (provider) saw 3 of your consultations in a list");
    expect(describeAccess({ ...lee, action: "TRANSITION", resourceType: "consultation", consultationTitle: "Rash", statusTo: "in_review" }, "en"))
      .toBe("Dr. Jordan Lee (provider) updated your consultation “Rash”: “A clinician is reviewing your answers”");
  });

  it("never shows an internal code for an unknown action or missing name", () => {
    expect(describeAccess({ actorName: null, actorRole: "admin", action: "SOMETHING_NEW", resourceType: "x" }, "en"))
      .toBe("A member of staff (administrator) accessed your record");
  });
});

describe("shortTitle", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    expect(shortTitle("Sore throat", 40)).toBe("Sore throat");
    expect(shortTitle("Red itchy rash on both arms, spreading since Monday", 30)).toBe("Red itchy rash on both arms…");
  });
});
