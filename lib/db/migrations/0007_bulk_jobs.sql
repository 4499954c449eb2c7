CREATE TABLE "bulk_chunk" (
	"job_id" text NOT NULL,
	"index" integer NOT NULL,
	"from_user_id" text NOT NULL,
	"row_numbers" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone,
	"owner" text,
	"claimed_at" timestamp with time zone,
	CONSTRAINT "bulk_chunk_job_id_index_pk" PRIMARY KEY("job_id","index")
);
--> statement-breakpoint
CREATE TABLE "bulk_job" (
	"id" text PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"operator_email" text NOT NULL,
	"environment_id" text NOT NULL,
	"environment_name" text NOT NULL,
	"production" boolean NOT NULL,
	"app_id" integer NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"total_rows" integer NOT NULL,
	"total_chunks" integer NOT NULL,
	"retry_of" text,
	"approved_by_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bulk_job_event" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" text NOT NULL,
	"kind" text NOT NULL,
	"actor_email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulk_row" (
	"job_id" text NOT NULL,
	"row_number" integer NOT NULL,
	"chunk_index" integer NOT NULL,
	"input" jsonb NOT NULL,
	"outcome" text DEFAULT 'queued' NOT NULL,
	"sub_code" bigint,
	"send_id" text,
	"request_id" text,
	"sent_at" timestamp with time zone,
	CONSTRAINT "bulk_row_job_id_row_number_pk" PRIMARY KEY("job_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "pacer" (
	"key" text PRIMARY KEY NOT NULL,
	"next_at_ms" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "send" ADD COLUMN "job_id" text;--> statement-breakpoint
ALTER TABLE "bulk_chunk" ADD CONSTRAINT "bulk_chunk_job_id_bulk_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_job" ADD CONSTRAINT "bulk_job_operator_id_user_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_job_event" ADD CONSTRAINT "bulk_job_event_job_id_bulk_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_row" ADD CONSTRAINT "bulk_row_job_id_bulk_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_chunk_claimable" ON "bulk_chunk" USING btree ("status","not_before");--> statement-breakpoint
CREATE INDEX "bulk_job_created_at" ON "bulk_job" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "bulk_job_event_job" ON "bulk_job_event" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "bulk_row_outcome" ON "bulk_row" USING btree ("job_id","outcome");--> statement-breakpoint
CREATE INDEX "send_job_id" ON "send" USING btree ("job_id");