CREATE TABLE "suite" (
	"name" text PRIMARY KEY NOT NULL,
	"cases" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
