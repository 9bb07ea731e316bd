import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client";
import { mailMessages } from "~db/schema";
import { resetEnv } from "~/env.server";
import { deliverEmail, RetryableMailError } from "~emails/mailer.server";
import { TEMPLATES } from "~emails/templates";
import { startFakeResend } from "../setup/fake-resend";

const resetProps = TEMPLATES["password-reset"].default.PreviewProps;
const mailDir = mkdtempSync(path.join(tmpdir(), "accord-mail-"));
let fake: Awaited<ReturnType<typeof startFakeResend>>;

function useResend(on: boolean) {
  if (on) {
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = fake.url;
  } else {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
  }
  resetEnv();
}

async function row(key: string) {
  const [r] = await getDb().select().from(mailMessages).where(eq(mailMessages.idempotencyKey, key));
  return r;
}

beforeAll(async () => {
  process.env.MAIL_DIR = mailDir;
  process.env.MAIL_FROM = "Accord <no-reply@accord.example>";
  fake = await startFakeResend();
});

afterEach(() => useResend(false));

afterAll(async () => {
  await fake.close();
  delete process.env.MAIL_DIR;
  resetEnv();
  rmSync(mailDir, { recursive: true, force: true });
});

describe("without RESEND_API_KEY mail is captured", () => {
  it("stores the rendered message and writes an .eml file, once per idempotency key", async () => {
    useResend(false);
    const job = { template: "password-reset", to: "dana@acme.example", props: resetProps, idempotencyKey: "password-reset/capture-1" };
    expect(await deliverEmail(job)).toMatchObject({ status: "captured" });
    expect(await deliverEmail(job)).toMatchObject({ status: "duplicate" });
    const stored = await row("password-reset/capture-1");
    expect(stored).toMatchObject({ status: "captured", toAddress: "dana@acme.example", subject: "Reset your Accord password", attempts: 1 });
    expect(stored.html).toContain(resetProps.resetUrl);
    expect(stored.text).toContain("Choose a new password");
    const files = readdirSync(mailDir).filter((f) => f.includes("capture-1"));
    expect(files).toHaveLength(1);
    const eml = readFileSync(path.join(mailDir, files[0]), "utf8");
    expect(eml).toMatch(/^From: Accord <no-reply@accord\.example>\r\nTo: dana@acme\.example\r\nSubject: Reset your Accord password\r\n/);
    expect(eml).toContain("Content-Type: multipart/alternative");
  });

  it("an unknown template or bad data is recorded as failed, not retried", async () => {
    expect(await deliverEmail({ template: "no-such-template", to: "x@acme.example", props: {}, idempotencyKey: "t/unknown" })).toMatchObject({
      status: "failed",
      error: expect.stringContaining('Unknown e-mail template "no-such-template"'),
    });
    expect((await row("t/unknown")).status).toBe("failed");
    expect(await deliverEmail({ template: "password-reset", to: "x@acme.example", props: { recipientName: "X" }, idempotencyKey: "t/bad-props" })).toMatchObject({
      status: "failed",
      error: expect.stringContaining("resetUrl"),
    });
    expect(await deliverEmail({ template: "password-reset", to: "not-an-address", props: {}, idempotencyKey: "t/bad-to" })).toMatchObject({ status: "failed" });
  });
});

describe("with RESEND_API_KEY mail goes to Resend", () => {
  it("sends the rendered message with an idempotency key", async () => {
    useResend(true);
    fake.answerNext({ status: 200, body: { id: "re_123" } });
    const outcome = await deliverEmail({ template: "password-reset", to: "dana@acme.example", props: resetProps, idempotencyKey: "password-reset/send-1" });
    expect(outcome.status).toBe("sent");
    const request = fake.requests.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/emails");
    expect(request.headers.authorization).toBe("Bearer re_test_key");
    expect(request.headers["idempotency-key"]).toBe("password-reset/send-1");
    expect(request.body).toMatchObject({ from: "Accord <no-reply@accord.example>", to: ["dana@acme.example"], subject: "Reset your Accord password" });
    expect((request.body as { html: string }).html).toContain(resetProps.resetUrl);
    expect((request.body as { text: string }).text).toContain(resetProps.resetUrl);
    expect(await row("password-reset/send-1")).toMatchObject({ status: "sent", providerMessageId: "re_123" });
  });

  it("429 and 5xx are retried; the same key is used on the retry", async () => {
    useResend(true);
    fake.answerNext({ status: 429, body: { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 } });
    const job = { template: "password-reset", to: "dana@acme.example", props: resetProps, idempotencyKey: "password-reset/retry-1" };
    await expect(deliverEmail(job)).rejects.toBeInstanceOf(RetryableMailError);
    expect(await row("password-reset/retry-1")).toMatchObject({ status: "sending", error: expect.stringContaining("429") });

    fake.answerNext({ status: 503, body: { name: "application_error", message: "Unavailable", statusCode: 503 } });
    await expect(deliverEmail(job)).rejects.toBeInstanceOf(RetryableMailError);

    fake.answerNext({ status: 200, body: { id: "re_after_retry" } });
    expect(await deliverEmail(job)).toMatchObject({ status: "sent" });
    const keys = fake.requests.slice(-3).map((r) => r.headers["idempotency-key"]);
    expect(keys).toEqual(["password-reset/retry-1", "password-reset/retry-1", "password-reset/retry-1"]);
    expect(await row("password-reset/retry-1")).toMatchObject({ status: "sent", attempts: 3, error: null });
  });

  it("4xx is recorded as failed and not retried", async () => {
    useResend(true);
    fake.answerNext({ status: 422, body: { name: "validation_error", message: "Invalid `to` field", statusCode: 422 } });
    const outcome = await deliverEmail({ template: "password-reset", to: "dana@acme.example", props: resetProps, idempotencyKey: "password-reset/rejected" });
    expect(outcome).toMatchObject({ status: "failed", error: expect.stringContaining("422") });
    expect(await row("password-reset/rejected")).toMatchObject({ status: "failed" });
  });

  it("a malformed answer or a dropped connection is an error to retry, never a silent success", async () => {
    useResend(true);
    fake.answerNext({ status: 200, body: "this is not json" });
    const job = { template: "password-reset", to: "dana@acme.example", props: resetProps, idempotencyKey: "password-reset/malformed" };
    await expect(deliverEmail(job)).rejects.toBeInstanceOf(RetryableMailError);
    fake.answerNext({ status: 200, body: { unexpected: true } });
    await expect(deliverEmail(job)).rejects.toThrow("without a message id");
    fake.answerNext("hang-up");
    await expect(deliverEmail(job)).rejects.toBeInstanceOf(RetryableMailError);
    expect((await row("password-reset/malformed")).status).toBe("sending");
  });
});
