CREATE TABLE "search_documents" (
	"index_name" text NOT NULL,
	"document_id" text NOT NULL,
	"title" text NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"display" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('english', keywords), 'B') || setweight(to_tsvector('simple', keywords), 'B') || setweight(to_tsvector('english', body), 'C')) STORED,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_index_name_document_id_pk" PRIMARY KEY("index_name","document_id")
);
--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "search_documents_title_trgm_idx" ON "search_documents" USING gin (("title" || ' ' || "keywords") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_filters_idx" ON "search_documents" USING gin ("filters");