import type { ZodError } from "zod";

/** A form's zod errors as one message per field (the first), keyed by field name; `fallback` names errors without a path. */
export function fieldErrorMap(error: ZodError, fallback = "form"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? fallback)] ??= issue.message;
  return errors;
}
