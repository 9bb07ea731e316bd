import { DomainError, STATUS_OF } from "~/domain/errors";

/** Runs a domain call from a route; a DomainError becomes the matching HTTP error page. */
export async function domainCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DomainError) throw new Response(error.message, { status: STATUS_OF[error.kind] });
    throw error;
  }
}
