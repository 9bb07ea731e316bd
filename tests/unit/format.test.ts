import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatRelative } from "~/ui/format";

describe("formatting", () => {
  it("money has currency and thousands separators", () => {
    expect(formatMoney(123456789)).toBe("$1,234,567.89");
    expect(formatMoney(-500, "EUR")).toBe("-€5.00");
  });
  it("relative times read like a person would say them", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    expect(formatRelative(new Date("2026-11-22T13:20:00Z"), now)).toBe("in 1 h 20 min");
    expect(formatRelative(new Date("2026-11-22T11:15:00Z"), now)).toBe("45 min ago");
    expect(formatRelative(new Date("2026-11-19T12:00:00Z"), now)).toBe("3 days ago");
    expect(formatRelative(now, now)).toBe("just now");
  });
  it("dates are shown in the user's time zone", () => {
    expect(formatDate("2026-11-22T03:00:00Z", "America/New_York")).toBe("Nov 21, 2026");
    expect(formatDate("2026-11-22T03:00:00Z", "UTC")).toBe("Nov 22, 2026");
  });
});
