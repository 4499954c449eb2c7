ALTER TABLE "zim_call" ADD COLUMN "reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "zim_call" ADD COLUMN "from_user_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "zim_call" ADD COLUMN "user_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;