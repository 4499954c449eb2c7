CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "send" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"operator_id" text NOT NULL,
	"operator_email" text NOT NULL,
	"environment_id" text NOT NULL,
	"environment_name" text NOT NULL,
	"production" boolean NOT NULL,
	"app_id" integer NOT NULL,
	"from_user_id" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"input" jsonb NOT NULL,
	"request" jsonb NOT NULL,
	"status" text NOT NULL,
	"code" integer,
	"request_id" text,
	"latency_ms" integer,
	"outcome" jsonb,
	"retry_of" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "send_target" (
	"send_id" text NOT NULL,
	"position" integer NOT NULL,
	"user_id" text NOT NULL,
	"outcome" text,
	"sub_code" integer
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" text DEFAULT 'viewer' NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send" ADD CONSTRAINT "send_operator_id_user_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_target" ADD CONSTRAINT "send_target_send_id_send_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."send"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "send_submission_id" ON "send" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "send_created_at" ON "send" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "send_request_id" ON "send" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "send_target_position" ON "send_target" USING btree ("send_id","position");--> statement-breakpoint
CREATE INDEX "send_target_user" ON "send_target" USING btree ("user_id");