import { hashToken, isToken, newToken } from "./tokens.server";
import { lucia, SESSION_COOKIE } from "./lucia.server";

/**
 * The cookie carries a random token; the database keeps only its SHA-256 as
 * the session id, so a leaked sessions table cannot be replayed.
 */
export function sessionIdFor(token: string): string {
  return hashToken(token);
}

function readToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) {
      const value = rest.join("=");
      return isToken(value) ? value : null;
    }
  }
  return null;
}

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  kind: "customer" | "staff";
  staffRole: "agent" | "account_manager" | "admin" | null;
  timezone: string;
};

export type ValidatedSession = {
  sessionId: string;
  user: SessionUser;
  /** A Set-Cookie header to send when the session was extended or must be cleared. */
  setCookie: string | null;
};

/** Starts a session for the user and answers the Set-Cookie header. */
export async function startSession(userId: string, meta: { ipAddress?: string | null; userAgent?: string | null }): Promise<string> {
  const token = newToken();
  await lucia().createSession(userId, { ipAddress: meta.ipAddress ?? null, userAgent: meta.userAgent?.slice(0, 300) ?? null }, { sessionId: sessionIdFor(token) });
  return lucia().createSessionCookie(token).serialize();
}

/** The session behind the request's cookie, or null (with a header clearing a bad cookie). */
export async function readSession(request: Request): Promise<{ session: ValidatedSession | null; clearCookie: string | null }> {
  const header = request.headers.get("Cookie") ?? "";
  const token = readToken(request);
  if (!token) {
    const hadCookie = header.includes(`${SESSION_COOKIE}=`);
    return { session: null, clearCookie: hadCookie ? lucia().createBlankSessionCookie().serialize() : null };
  }
  const { session, user } = await lucia().validateSession(sessionIdFor(token));
  if (!session || !user) return { session: null, clearCookie: lucia().createBlankSessionCookie().serialize() };
  if (user.disabledAt) {
    await lucia().invalidateSession(session.id);
    return { session: null, clearCookie: lucia().createBlankSessionCookie().serialize() };
  }
  return {
    session: {
      sessionId: session.id,
      user: { id: user.id, email: user.email, name: user.name, kind: user.kind, staffRole: user.staffRole, timezone: user.timezone },
      setCookie: session.fresh ? lucia().createSessionCookie(token).serialize() : null,
    },
    clearCookie: null,
  };
}

export async function endSession(sessionId: string): Promise<string> {
  await lucia().invalidateSession(sessionId);
  return lucia().createBlankSessionCookie().serialize();
}

/** Ends every session of the user except `keepSessionId`. */
export async function endOtherSessions(userId: string, keepSessionId: string): Promise<void> {
  const all = await lucia().getUserSessions(userId);
  await Promise.all(all.filter((s) => s.id !== keepSessionId).map((s) => lucia().invalidateSession(s.id)));
}
