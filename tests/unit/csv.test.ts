import { describe, expect, it } from "vitest";
import { nineInTheMorning } from "~/domain/crm/activities.server";
import { csvLine, parseCsv } from "~/domain/crm/csv";

describe("CSV", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(csvLine(["Acme, Inc.", 'The "best"', "line\nbreak", "plain"])).toBe('"Acme, Inc.","The ""best""","line\nbreak",plain\r\n');
    expect(csvLine(["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)"])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\r\n`);
  });

  it("parses quoted fields, doubled quotes, line breaks in quotes, CRLF, a BOM and blank lines", () => {
    const text = '\uFEFFname,notes\r\n"Acme, Inc.","said ""hi""\nthen left"\r\n\r\nGlobex,\n';
    expect(parseCsv(text)).toEqual([
      ["name", "notes"],
      ["Acme, Inc.", 'said "hi"\nthen left'],
      ["Globex", ""],
    ]);
  });

  it("round-trips what it writes", () => {
    const rows = [["a,b", 'c"d', "e\nf", "'=1"]];
    expect(parseCsv(rows.map(csvLine).join(""))).toEqual([["a,b", 'c"d', "e\nf", "'=1"]]);
  });
});

describe("follow-up due times", () => {
  it("are 09:00 on the chosen day in the person's time zone, across daylight saving", () => {
    expect(nineInTheMorning("2026-11-24", "America/New_York").toISOString()).toBe("2026-11-24T14:00:00.000Z");
    expect(nineInTheMorning("2026-07-01", "America/New_York").toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(nineInTheMorning("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(nineInTheMorning("2026-11-24", "UTC").toISOString()).toBe("2026-11-24T09:00:00.000Z");
  });
});
