CREATE TABLE "bulk_upload" (
	"id" text PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "bulk_upload_created_at" ON "bulk_upload" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "bulk_row" DROP COLUMN "chunk_index";