import { z } from "zod";

export const ARTICLE_STATUSES = ["draft", "published", "archived"] as const;
export const ARTICLE_VISIBILITIES = ["public", "customers", "internal"] as const;

export const VISIBILITY_LABEL: Record<(typeof ARTICLE_VISIBILITIES)[number], string> = {
  public: "Public — anyone, also without signing in",
  customers: "Customers — signed-in customers and staff",
  internal: "Internal — staff only",
};

/** A URL-safe name from a title: "Tracking your shipment" → "tracking-your-shipment". */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export const articleSchema = z.object({
  title: z.string({ required_error: "Give the article a title." }).trim().min(5, "Give the article a title (at least 5 characters).").max(160, "Keep the title under 160 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80)
    .regex(/^[a-z0-9-]*$/, "Use lower-case letters, digits and dashes only.")
    .optional()
    .transform((v) => v || undefined),
  summary: z.string().trim().max(300, "Keep the summary under 300 characters.").default(""),
  body: z.string({ required_error: "Write the article." }).trim().min(20, "Write the article (at least a sentence or two).").max(100_000, "Keep the article under 100,000 characters."),
  categorySlug: z.string({ required_error: "Choose a category." }).min(1, "Choose a category."),
  tags: z
    .string()
    .default("")
    .transform((v) =>
      [...new Set(v.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 12),
    )
    .pipe(z.array(z.string().max(40, "Keep each tag under 40 characters."))),
  status: z.enum(ARTICLE_STATUSES, { errorMap: () => ({ message: "Choose draft, published or archived." }) }),
  visibility: z.enum(ARTICLE_VISIBILITIES, { errorMap: () => ({ message: "Choose who may read it." }) }),
});
export type ArticleInput = z.infer<typeof articleSchema>;
