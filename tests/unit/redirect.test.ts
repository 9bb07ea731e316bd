import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/auth/redirect";

describe("safeRedirect", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirect("/desk/accounts?tier=gold")).toBe("/desk/accounts?tier=gold");
  });
  it("refuses other sites, protocol-relative and odd paths", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined, "/ok\r\nSet-Cookie: x=1"]) {
      expect(safeRedirect(bad as string, "/home")).toBe("/home");
    }
  });
});
