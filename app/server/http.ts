import type { NextFunction, Request, Response } from "express";
import { originAllowed } from "~/auth/csrf.server";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function refuse(req: Request, res: Response, status: number, title: string, detail: string) {
  if (req.path.startsWith("/api/")) {
    res.status(status).type("application/problem+json").send(JSON.stringify({ type: `https://accord.example/problems/${status}`, title, status, detail }));
    return;
  }
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Accord</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;color:#0f172a">` +
        `<p style="color:#1d55eb;font-weight:600">Error ${status}</p><h1>${title}</h1><p>${detail}</p><p><a href="/">Go to your home page</a></p></body></html>`,
    );
}

/** Baseline security headers on every response. */
export function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  next();
}

/** Rejects bodies larger than the limit before anything reads them; a body of unknown length is refused too. */
/** Pages that take file uploads (ticket attachments, CSV imports): multipart bodies there may be larger. */
const UPLOAD_PATHS = /^\/((portal|desk)\/tickets|desk\/imports)(\/|$)/;

export function bodyLimit(formBytes: number, uploadBytes = formBytes) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE.has(req.method)) return next();
    const upload = UPLOAD_PATHS.test(req.path) && /^multipart\/form-data/i.test(req.headers["content-type"] ?? "");
    const maxBytes = upload ? uploadBytes : formBytes;
    const length = req.headers["content-length"];
    if (length === undefined) {
      if (req.headers["transfer-encoding"]) return refuse(req, res, 411, "Length required", "Send the request with a Content-Length header.");
      return next();
    }
    const bytes = Number(length);
    if (!Number.isFinite(bytes) || bytes < 0) return refuse(req, res, 400, "Bad request", "The Content-Length header is not a number.");
    if (bytes > maxBytes) {
      req.resume(); // drain, so the connection can answer
      return refuse(req, res, 413, "That was too large", `The form you sent is larger than the ${Math.round(maxBytes / 1024)} KB we accept.`);
    }
    next();
  };
}

/** CSRF protection: non-GET requests must come from our own origin (see app/auth/csrf.server.ts). */
export function sameOriginOnly(appUrl: string | undefined) {
  const allowedOrigins = appUrl ? [appUrl] : [];
  return (req: Request, res: Response, next: NextFunction) => {
    const ok = originAllowed({
      method: req.method,
      path: req.path,
      origin: req.headers.origin,
      referer: req.headers.referer,
      host: req.headers.host,
      allowedOrigins,
      hasBearerToken: /^Bearer\s/i.test(req.headers.authorization ?? ""),
    });
    if (ok) return next();
    req.resume();
    refuse(req, res, 403, "Request refused", "This form was sent from another site, so we did not accept it. Reload the page and try again.");
  };
}
