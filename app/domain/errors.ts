/** The one error type domain functions throw; routes map its kind to an HTTP status in one place. */
export type DomainErrorKind = "not_found" | "forbidden" | "conflict" | "invalid";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The form field (or API body field) the error is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "That record") => new DomainError("not_found", `${what} was not found.`);
export const forbiddenError = (message = "You do not have access to this.") => new DomainError("forbidden", message);

export const STATUS_OF: Record<DomainErrorKind, number> = { not_found: 404, forbidden: 403, conflict: 409, invalid: 422 };
