CREATE TABLE "server_process" (
	"id" text PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"pid" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "send" ADD COLUMN "owner" text;--> statement-breakpoint
ALTER TABLE "zim_call" ADD COLUMN "owner" text;