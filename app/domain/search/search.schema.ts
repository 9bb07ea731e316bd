import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;

/** What a search box accepts: any text (it is never parsed as syntax), at most 200 characters. */
export const searchQuerySchema = z.object({
  q: z
    .string()
    .default("")
    .transform((q) => q.trim())
    .pipe(z.string().max(MAX_QUERY_LENGTH, `Search terms are limited to ${MAX_QUERY_LENGTH} characters. Try fewer words.`)),
});
