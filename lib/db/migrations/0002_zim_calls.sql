CREATE TABLE "zim_call" (
	"id" text PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"operator_email" text NOT NULL,
	"environment_id" text NOT NULL,
	"environment_name" text NOT NULL,
	"production" boolean NOT NULL,
	"app_id" integer NOT NULL,
	"source" text NOT NULL,
	"action" text NOT NULL,
	"probe" text DEFAULT 'none' NOT NULL,
	"request" jsonb NOT NULL,
	"status" text NOT NULL,
	"code" integer,
	"request_id" text,
	"latency_ms" integer,
	"call" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "zim_call" ADD CONSTRAINT "zim_call_operator_id_user_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zim_call_created_at" ON "zim_call" USING btree ("created_at");