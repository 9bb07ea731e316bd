import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** The public address of the app; also the origin that non-GET requests must come from. */
  APP_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  /** Secure cookies; defaults to on in production. */
  SESSION_SECURE: booleanString,
  /** Trust X-Forwarded-* from this many proxies (for the client IP behind a load balancer). */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /** What the first start seeds into an empty database. */
  ACCORD_SEED: z.enum(["demo", "none"]).default("demo"),
  /** Largest accepted request body for pages (bytes); the API and uploads set their own. */
  MAX_FORM_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Where ticket attachments are kept (files named by random keys, outside the web root). */
  ATTACHMENT_DIR: z.string().default(".data/attachments"),
  /** Largest accepted attachment (bytes); up to 5 per message. */
  MAX_ATTACHMENT_BYTES: z.coerce.number().int().positive().default(10 * 1_048_576),
  /** Send mail through Resend; without it, mail is captured (desk mailbox + .eml files). */
  RESEND_API_KEY: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Accord <no-reply@accord.example>"),
  MAIL_DIR: z.string().default(".data/mail"),
  /** Use Meilisearch (official client) instead of the embedded Postgres search engine. */
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[A-Za-z0-9_-]*$/).default("accord_"),
  /** Run the job worker inside the web process (npm start); set to "off" when separate workers run. */
  ACCORD_WORKER: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Forget the parsed environment (tests change variables). */
export function resetEnv(): void {
  cached = undefined;
}

/** The validated environment; a bad value stops the process at boot with a clear message. */
export function env(): Env {
  if (cached) return cached;
  // An empty variable means "not set".
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** The public base URL for links in e-mails. */
export function appUrl(): string {
  return (env().APP_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, "");
}

const LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;

/**
 * Secure cookies in production, except when the app says it is served over
 * plain http on this machine (`npm start`), where browsers would drop them.
 */
export function secureCookies(): boolean {
  const e = env();
  if (e.SESSION_SECURE !== undefined) return e.SESSION_SECURE;
  return e.NODE_ENV === "production" && !LOCAL_HTTP.test(e.APP_URL ?? "");
}
