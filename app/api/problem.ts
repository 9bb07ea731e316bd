/**
 * RFC 9457 problem details. Every API error is one of these, with a stable
 * `type` URI a client can switch on.
 */
export const PROBLEM_BASE = "https://accord.example/problems";

export type ProblemType = "unauthorized" | "forbidden" | "not-found" | "validation" | "conflict" | "rate-limited" | "idempotency-mismatch" | "method-not-allowed" | "bad-request" | "server-error";

const TITLES: Record<ProblemType, [number, string]> = {
  unauthorized: [401, "Missing or invalid token"],
  forbidden: [403, "The token lacks a scope"],
  "not-found": [404, "Not found"],
  validation: [422, "The request is not valid"],
  conflict: [409, "Conflict"],
  "rate-limited": [429, "Too many requests"],
  "idempotency-mismatch": [422, "Idempotency-Key reused with another request"],
  "method-not-allowed": [405, "Method not allowed"],
  "bad-request": [400, "Bad request"],
  "server-error": [500, "Something went wrong on our side"],
};

export type FieldError = { field: string; message: string };

export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  constructor(
    readonly type: ProblemType,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? TITLES[type][1]);
    [this.status, this.title] = TITLES[type];
  }

  body(instance?: string) {
    return { type: `${PROBLEM_BASE}/${this.type}`, title: this.title, status: this.status, ...(this.detail ? { detail: this.detail } : {}), ...(instance ? { instance } : {}), ...(this.extra.errors ? { errors: this.extra.errors } : {}) };
  }

  toResponse(instance?: string): Response {
    return new Response(JSON.stringify(this.body(instance)), { status: this.status, headers: { "Content-Type": "application/problem+json", ...this.extra.headers } });
  }
}
