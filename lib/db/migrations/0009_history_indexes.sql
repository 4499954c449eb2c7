CREATE TABLE "retention_run" (
	"id" serial PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"cutoff" timestamp with time zone NOT NULL,
	"sends" integer NOT NULL,
	"calls" integer NOT NULL,
	"jobs" integer NOT NULL,
	"process" text NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_task" (
	"name" text PRIMARY KEY NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zim_call_user" (
	"call_id" text NOT NULL,
	"user_id" text NOT NULL
);
--> statement-breakpoint
DROP INDEX "send_created_at";--> statement-breakpoint
DROP INDEX "zim_call_created_at";--> statement-breakpoint
ALTER TABLE "zim_call_user" ADD CONSTRAINT "zim_call_user_call_id_zim_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."zim_call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zim_call_user_call" ON "zim_call_user" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "zim_call_user_user" ON "zim_call_user" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "zim_call_user_prefix" ON "zim_call_user" USING btree (lower("user_id") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "send_newest" ON "send" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "send_from_user" ON "send" USING btree ("from_user_id","created_at");--> statement-breakpoint
CREATE INDEX "send_operator" ON "send" USING btree ("operator_email","created_at");--> statement-breakpoint
CREATE INDEX "send_status" ON "send" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "send_code" ON "send" USING btree ("code");--> statement-breakpoint
CREATE INDEX "send_request_id_prefix" ON "send" USING btree (lower("request_id") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "send_reason_prefix" ON "send" USING btree (lower("reason") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "send_from_user_prefix" ON "send" USING btree (lower("from_user_id") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "send_target_sub_code" ON "send_target" USING btree ("sub_code");--> statement-breakpoint
CREATE INDEX "send_target_user_prefix" ON "send_target" USING btree (lower("user_id") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "zim_call_newest" ON "zim_call" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "zim_call_request_id" ON "zim_call" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "zim_call_from_user" ON "zim_call" USING btree ("from_user_id","created_at");--> statement-breakpoint
CREATE INDEX "zim_call_operator" ON "zim_call" USING btree ("operator_email","created_at");--> statement-breakpoint
CREATE INDEX "zim_call_status" ON "zim_call" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "zim_call_source" ON "zim_call" USING btree ("source","created_at");--> statement-breakpoint
CREATE INDEX "zim_call_code" ON "zim_call" USING btree ("code");--> statement-breakpoint
CREATE INDEX "zim_call_request_id_prefix" ON "zim_call" USING btree (lower("request_id") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "zim_call_reason_prefix" ON "zim_call" USING btree (lower("reason") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "zim_call_from_user_prefix" ON "zim_call" USING btree (lower("from_user_id") text_pattern_ops);--> statement-breakpoint
INSERT INTO "zim_call_user" ("call_id", "user_id") SELECT "zim_call"."id", named.user_id FROM "zim_call", jsonb_array_elements_text("zim_call"."user_ids") AS named(user_id);
