ALTER TABLE "send" ALTER COLUMN "code" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "send_target" ALTER COLUMN "sub_code" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "zim_call" ALTER COLUMN "code" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "send" ADD COLUMN "payload_hash" text DEFAULT '' NOT NULL;