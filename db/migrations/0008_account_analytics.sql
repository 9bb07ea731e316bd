CREATE TYPE "public"."lifecycle_stage" AS ENUM('exploration', 'formation', 'stability', 'decline');--> statement-breakpoint
CREATE TYPE "public"."value_segment" AS ENUM('most_valuable', 'growth', 'at_risk', 'transactional', 'inactive');--> statement-breakpoint
CREATE TABLE "account_analytics" (
	"account_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"segment" "value_segment" NOT NULL,
	"lifecycle_stage" "lifecycle_stage" NOT NULL,
	"churn_risk" double precision NOT NULL,
	"recency_days" integer,
	"frequency" integer NOT NULL,
	"monetary_cents" bigint NOT NULL,
	"r" smallint,
	"f" smallint,
	"m" smallint,
	"trend" double precision,
	"typical_interval_days" double precision,
	"reasons" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_analytics_account_id_as_of_pk" PRIMARY KEY("account_id","as_of")
);
--> statement-breakpoint
ALTER TABLE "account_analytics" ADD CONSTRAINT "account_analytics_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_analytics_as_of_idx" ON "account_analytics" USING btree ("as_of","segment");