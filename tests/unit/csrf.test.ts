import { describe, expect, it } from "vitest";
import { originAllowed, type OriginCheck } from "~/auth/csrf.server";

const base: OriginCheck = {
  method: "POST",
  path: "/login",
  origin: "http://localhost:3000",
  referer: null,
  host: "localhost:3000",
  allowedOrigins: ["https://accord.example.com"],
  hasBearerToken: false,
};

describe("CSRF origin check", () => {
  it("lets safe methods through", () => {
    expect(originAllowed({ ...base, method: "GET", origin: "https://evil.example" })).toBe(true);
    expect(originAllowed({ ...base, method: "HEAD", origin: null })).toBe(true);
  });
  it("accepts our own origin: the request's host or APP_URL", () => {
    expect(originAllowed(base)).toBe(true);
    expect(originAllowed({ ...base, origin: "https://accord.example.com" })).toBe(true);
    expect(originAllowed({ ...base, origin: "HTTP://LOCALHOST:3000" })).toBe(true);
  });
  it("refuses another origin, a missing one, and the opaque 'null' origin", () => {
    expect(originAllowed({ ...base, origin: "https://evil.example" })).toBe(false);
    expect(originAllowed({ ...base, origin: "http://localhost:3001" })).toBe(false);
    expect(originAllowed({ ...base, origin: null })).toBe(false);
    expect(originAllowed({ ...base, origin: "null" })).toBe(false);
    expect(originAllowed({ ...base, method: "DELETE", origin: "https://accord.example.com.evil.example" })).toBe(false);
  });
  it("falls back to the Referer when Origin is absent", () => {
    expect(originAllowed({ ...base, origin: undefined, referer: "http://localhost:3000/login?x=1" })).toBe(true);
    expect(originAllowed({ ...base, origin: undefined, referer: "https://evil.example/login" })).toBe(false);
    expect(originAllowed({ ...base, origin: undefined, referer: "not a url" })).toBe(false);
  });
  it("exempts bearer-token API calls, but not cookie calls to the API", () => {
    expect(originAllowed({ ...base, path: "/api/v1/orders", origin: null, hasBearerToken: true })).toBe(true);
    expect(originAllowed({ ...base, path: "/api/v1/orders", origin: null, hasBearerToken: false })).toBe(false);
    expect(originAllowed({ ...base, path: "/login", origin: null, hasBearerToken: true })).toBe(false);
  });
});
