import { describe, expect, it } from "vitest";
import { attachmentResponseHeaders, cleanOriginalName } from "./attachment-rules";

describe("attachmentResponseHeaders", () => {
  it("serves images inline and PDFs as downloads, never cached, never sniffed", () => {
    const img = attachmentResponseHeaders("image/jpeg", "rash.jpg", 10);
    expect(img).toMatchObject({ "Content-Type": "image/jpeg", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" });
    expect(img["Content-Disposition"]).toMatch(/^inline;/);
    expect(attachmentResponseHeaders("application/pdf", "letter.pdf", 10)["Content-Disposition"]).toMatch(/^attachment;/);
  });

  it("cannot be used for header injection and keeps non-ASCII names in filename*", () => {
    const h = attachmentResponseHeaders("image/png", 'a"; evil=1\r\nSet-Cookie: x.png', 1)["Content-Disposition"]!;
    expect(h).not.toMatch(/[\r\n]/);
    expect(h).toContain('filename="a__ evil=1__Set-Cookie: x.png"');
    expect(attachmentResponseHeaders("image/png", "piel-señal.png", 1)["Content-Disposition"]).toContain("filename*=UTF-8''piel-se%C3%B1al.png");
  });
});

describe("cleanOriginalName", () => {
  it("drops paths and control characters and bounds the length", () => {
    expect(cleanOriginalName("C:\\Users\\alice\\IMG_1.jpg")).toBe("IMG_1.jpg");
    expect(cleanOriginalName("../../etc/passwd")).toBe("passwd");
    expect(cleanOriginalName("a\u0000b\u001f.png")).toBe("ab.png");
    expect(cleanOriginalName("x".repeat(500))).toHaveLength(200);
    expect(cleanOriginalName("")).toBeNull();
  });
});
