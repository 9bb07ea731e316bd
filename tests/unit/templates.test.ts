import { describe, expect, it } from "vitest";
import { toEml } from "~emails/eml";
import { InvalidTemplatePropsError, renderEmail, TEMPLATES, UnknownTemplateError } from "~emails/templates";

describe("e-mail templates", () => {
  for (const [name, template] of Object.entries(TEMPLATES)) {
    it(`${name} renders HTML and plain text from its preview data`, async () => {
      const email = await renderEmail(name, template.default.PreviewProps);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.html).toMatch(/^<!DOCTYPE html/i);
      expect(email.html).not.toMatch(/<script/i);
      expect(email.html).toContain("Accord customer service");
      expect(email.text.length).toBeGreaterThan(50);
      expect(email.text).not.toMatch(/<[a-z]+[ >]/i);
    });
  }

  it("order status e-mails carry the carrier and a tracking link when shipped", async () => {
    const email = await renderEmail("order-status-changed", TEMPLATES["order-status-changed"].default.PreviewProps);
    expect(email.html).toContain("UPS");
    expect(email.html).toContain('href="https://www.ups.com/track?tracknum=1Z999E990312345678"');
  });

  it("the ticket-received e-mail states the number and the SLA promise", async () => {
    const email = await renderEmail("ticket-received", TEMPLATES["ticket-received"].default.PreviewProps);
    expect(email.subject).toContain("#10231");
    expect(email.text).toContain("Tue, Nov 24, 10:00 AM EST");
  });

  it("escapes what customers typed", async () => {
    const props = { ...TEMPLATES["agent-replied"].default.PreviewProps, subject: "<img src=x onerror=alert(1)>" };
    const email = await renderEmail("agent-replied", props);
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).toContain("&lt;img src=x");
  });

  it("an unknown template and bad data are clear errors", async () => {
    await expect(renderEmail("nope", {})).rejects.toBeInstanceOf(UnknownTemplateError);
    await expect(renderEmail("password-reset", { resetUrl: "not a url" })).rejects.toBeInstanceOf(InvalidTemplatePropsError);
  });

  it("captured mail is a valid multipart .eml with UTF-8 headers", () => {
    const eml = toEml({ id: "m1", from: "Accord <a@b.c>", to: "d@e.f", subject: "Bestätigung", html: "<p>Hallo</p>", text: "Hallo", date: new Date("2026-11-22T10:00:00Z") });
    expect(eml).toContain("Subject: =?UTF-8?B?");
    expect(eml).toContain("Date: Sun, 22 Nov 2026 10:00:00 GMT");
    expect(eml.split("--accord-m1").length).toBe(4);
  });
});
