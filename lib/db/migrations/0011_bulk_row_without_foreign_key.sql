ALTER TABLE "bulk_row" DROP CONSTRAINT "bulk_row_job_id_bulk_job_id_fk";
