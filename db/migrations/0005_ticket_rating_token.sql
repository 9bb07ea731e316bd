ALTER TABLE "tickets" ADD COLUMN "rating_token_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_rating_token_key" ON "tickets" USING btree ("rating_token_hash");