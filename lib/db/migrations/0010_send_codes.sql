DROP INDEX "send_code";--> statement-breakpoint
ALTER TABLE "send" ADD COLUMN "codes" bigint[] DEFAULT '{}'::bigint[] NOT NULL;--> statement-breakpoint
UPDATE "send" SET "codes" = array(
  SELECT DISTINCT c FROM (
    SELECT "send"."code" AS c WHERE "send"."code" IS NOT NULL
    UNION ALL
    SELECT "sub_code" FROM "send_target" WHERE "send_target"."send_id" = "send"."id" AND "sub_code" IS NOT NULL
  ) AS found
);--> statement-breakpoint
CREATE INDEX "send_codes" ON "send" USING gin ("codes");