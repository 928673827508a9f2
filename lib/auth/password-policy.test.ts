import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";

describe("checkPassword", () => {
  it.each([
    ["DemoVisits!2026", true],
    ["correct pony battery staple", true],
    ["tangerine-harbor-lamp", true],
  ])("accepts a strong password %s", (pw, ok) => {
    expect(checkPassword(pw).ok).toBe(ok);
  });

  it.each([
    ["short1!", "Use at least 12 characters (you have 7)."],
    ["Password2026!", "This password is too common and easy to guess. Try three or four unrelated words."],
    ["qwertyuiop12", "This password is too common and easy to guess. Try three or four unrelated words."],
    ["aaaaaaaaaaaaaa", "This password is too common and easy to guess. Try three or four unrelated words."],
    ["123456789012", "This password is too common and easy to guess. Try three or four unrelated words."],
    ["abcdefghijkl", "This password is too common and easy to guess. Try three or four unrelated words."],
    ["passwordpassword", "This password is too common and easy to guess. Try three or four unrelated words."],
  ])("refuses %s with a clear message", (pw, message) => {
    const r = checkPassword(pw);
    expect(r.ok).toBe(false);
    expect(r.problems).toContain(message);
  });

  it("refuses passwords containing the email or name, one message per rule", () => {
    const r = checkPassword("alicemorgan-sunny", { email: "alicemorgan@example.test", name: "Alice Morgan" });
    expect(r.problems).toEqual(["Do not include your email address in your password.", "Do not include your name in your password."]);
  });

  it("reports several failed rules at once", () => {
    const r = checkPassword("alice1", { email: "alice@example.test" });
    expect(r.problems).toHaveLength(2);
  });
});
