/**
 * CSRF protection by Origin check: a state-changing request (anything but
 * GET/HEAD/OPTIONS) must come from our own origin. Browsers always send
 * Origin on such requests; we fall back to Referer for old ones. Bearer-token
 * API calls carry no cookies and are exempt.
 */
export type OriginCheck = {
  method: string;
  path: string;
  origin: string | null | undefined;
  referer: string | null | undefined;
  /** The Host header the request arrived with. */
  host: string | null | undefined;
  /** Origins that are ours (APP_URL, plus the request's own host). */
  allowedOrigins: string[];
  hasBearerToken: boolean;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function originAllowed(check: OriginCheck): boolean {
  if (SAFE_METHODS.has(check.method.toUpperCase())) return true;
  if (check.path.startsWith("/api/") && check.hasBearerToken) return true;
  const claimed = check.origin && check.origin !== "null" ? check.origin : refererOrigin(check.referer);
  if (!claimed) return false;
  const allowed = new Set(check.allowedOrigins.map(normalise));
  if (check.host) {
    allowed.add(normalise(`http://${check.host}`));
    allowed.add(normalise(`https://${check.host}`));
  }
  return allowed.has(normalise(claimed));
}

function refererOrigin(referer: string | null | undefined): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

function normalise(origin: string): string {
  try {
    return new URL(origin).origin.toLowerCase();
  } catch {
    return origin.toLowerCase();
  }
}
