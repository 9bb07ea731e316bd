import { createHash, randomBytes } from "node:crypto";

/**
 * Secret tokens in cookies and links (sessions, password resets, invitations,
 * rating links): 256 random bits, base64url; only their SHA-256 is stored.
 */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The shape of a token from newToken(); anything else is not ours and is not looked up. */
export function isToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
