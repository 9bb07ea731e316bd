import { describe, expect, it } from "vitest";
import { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween, dueAt, zonedInstant } from "~/domain/support/sla";

const weekday: [string, string][] = [["08:00", "18:00"]];
const newYork: BusinessCalendar = {
  timezone: "America/New_York",
  alwaysOpen: false,
  weeklyHours: { "1": weekday, "2": weekday, "3": weekday, "4": weekday, "5": weekday },
  holidays: ["2026-11-26", "2026-12-25"],
};
const ny = (y: number, m: number, d: number, h: number, min = 0) => zonedInstant(y, m, d, h, min, "America/New_York");
const at = (date: Date) => date.toISOString();

describe("SLA arithmetic: worked examples on a Mon–Fri 8:00–18:00 New York desk", () => {
  it("inside hours the clock simply runs: Tue 10:00 + 2 h = Tue 12:00", () => {
    expect(at(addBusinessMinutes(ny(2026, 11, 24, 10), 120, newYork))).toBe(at(ny(2026, 11, 24, 12)));
  });

  it("a ticket logged Friday 17:00 with a 2-hour target is due Monday 09:00", () => {
    expect(at(addBusinessMinutes(ny(2026, 11, 20, 17), 120, newYork))).toBe(at(ny(2026, 11, 23, 9)));
  });

  it("logged before opening, the clock starts at 8:00: Wed 06:30 + 30 min = Wed 08:30", () => {
    expect(at(addBusinessMinutes(ny(2026, 11, 25, 6, 30), 30, newYork))).toBe(at(ny(2026, 11, 25, 8, 30)));
  });

  it("holidays are skipped: Wed 17:00 + 4 h over Thanksgiving (Thu) = Fri 11:00", () => {
    expect(at(addBusinessMinutes(ny(2026, 11, 25, 17), 240, newYork))).toBe(at(ny(2026, 11, 27, 11)));
  });

  it("a 32-hour resolution target spans more than three business days", () => {
    // Mon 9:00 + 32 h: Mon 9 h, Tue 10 h, Wed 10 h = 29 h by Wed 18:00; Thursday is Thanksgiving,
    // so the last 3 h run Fri 8:00–11:00.
    expect(at(addBusinessMinutes(ny(2026, 11, 23, 9), 32 * 60, newYork))).toBe(at(ny(2026, 11, 27, 11)));
  });

  it("daylight saving changes do not shift opening hours: Fri 17:00 before the March change + 2 h = Mon 09:00 EDT", () => {
    const due = addBusinessMinutes(ny(2026, 3, 6, 17), 120, newYork);
    expect(at(due)).toBe(at(ny(2026, 3, 9, 9)));
    expect(at(due)).toBe("2026-03-09T13:00:00.000Z"); // EDT is UTC−4
  });

  it("a 24×7 calendar counts every minute", () => {
    const always = { ...newYork, alwaysOpen: true };
    expect(at(addBusinessMinutes(new Date("2026-11-21T23:00:00Z"), 90, always))).toBe("2026-11-22T00:30:00.000Z");
  });

  it("business minutes between two instants leave out nights, weekends and holidays", () => {
    expect(businessMinutesBetween(ny(2026, 11, 20, 17), ny(2026, 11, 23, 9), newYork)).toBe(120);
    expect(businessMinutesBetween(ny(2026, 11, 25, 12), ny(2026, 11, 27, 12), newYork)).toBe(6 * 60 + 4 * 60);
    expect(businessMinutesBetween(ny(2026, 11, 28, 10), ny(2026, 11, 29, 10), newYork)).toBe(0);
    expect(businessMinutesBetween(ny(2026, 11, 24, 12), ny(2026, 11, 24, 11), newYork)).toBe(0);
  });

  it("pausing while pending customer pushes the due time back by the paused business minutes", () => {
    // Logged Mon 9:00, 4-hour target; the agent asked the customer at 10:00 and the answer came Tue 10:00:
    // 10 business hours paused (Mon 10–18, Tue 8–10), so the resolution is due Tue 13:00 instead of Mon 13:00.
    const logged = ny(2026, 11, 23, 9);
    const paused = businessMinutesBetween(ny(2026, 11, 23, 10), ny(2026, 11, 24, 10), newYork);
    expect(paused).toBe(10 * 60);
    expect(at(dueAt(logged, 240, paused, newYork))).toBe(at(ny(2026, 11, 24, 13)));
  });

  it("a calendar without hours is an error, not an endless loop", () => {
    expect(() => addBusinessMinutes(ny(2026, 11, 23, 9), 60, { ...newYork, weeklyHours: {} })).toThrow(/no opening hours/);
  });
});
