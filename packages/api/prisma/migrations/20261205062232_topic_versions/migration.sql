-- CreateTable
CREATE TABLE "data_topic_version" (
    "topic" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_topic_version_pkey" PRIMARY KEY ("topic")
);

-- Every watched table's statement trigger now also moves the version of its own topic (the
-- table's name): the answer cache keeps an answer until a table it read changes.
CREATE OR REPLACE FUNCTION "pantau_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  INSERT INTO "data_topic_version" ("topic", "version") VALUES (TG_TABLE_NAME, 1)
    ON CONFLICT ("topic") DO UPDATE SET "version" = "data_topic_version"."version" + 1;
  RETURN NULL;
END;
$$;

-- Progress reports get three topics, so that an OPD saving a draft every second does not empty
-- every cached answer (issue 13):
--   progress_report         a submitted or approved report changed: figures a dashboard shows;
--   progress_report:status  a report appeared, went, or changed state: completeness counts;
--   progress_report:draft   any report changed (a draft's figures included): report lists.
-- A reader that sees only submitted and approved reports depends on the first, one that counts
-- states on the first two, any other on all three (src/read-tracking.ts).
CREATE FUNCTION "pantau_bump_progress_report"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  figures boolean;
  states boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT EXISTS (SELECT 1 FROM new_rows WHERE "status" IN ('SUBMITTED', 'APPROVED')) INTO figures;
    states := true;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT EXISTS (SELECT 1 FROM new_rows WHERE "status" IN ('SUBMITTED', 'APPROVED'))
        OR EXISTS (SELECT 1 FROM old_rows WHERE "status" IN ('SUBMITTED', 'APPROVED')) INTO figures;
    SELECT EXISTS (
      SELECT 1 FROM new_rows n FULL JOIN old_rows o ON o."id" = n."id"
      WHERE n."id" IS NULL OR o."id" IS NULL OR n."status" IS DISTINCT FROM o."status"
         OR n."program_id" IS DISTINCT FROM o."program_id" OR n."month" IS DISTINCT FROM o."month") INTO states;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT EXISTS (SELECT 1 FROM old_rows WHERE "status" IN ('SUBMITTED', 'APPROVED')) INTO figures;
    states := true;
  ELSE -- TRUNCATE: everything went
    figures := true;
    states := true;
  END IF;
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  INSERT INTO "data_topic_version" ("topic", "version")
    SELECT t, 1 FROM unnest(ARRAY[
      'progress_report:draft',
      CASE WHEN states THEN 'progress_report:status' END,
      CASE WHEN figures THEN 'progress_report' END]) AS t
    WHERE t IS NOT NULL
    ON CONFLICT ("topic") DO UPDATE SET "version" = "data_topic_version"."version" + 1;
  RETURN NULL;
END;
$$;

DROP TRIGGER "progress_report_bumps_data_version" ON "progress_report";
CREATE TRIGGER "progress_report_bumps_data_version" AFTER INSERT ON "progress_report"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "pantau_bump_progress_report"();
CREATE TRIGGER "progress_report_bumps_data_version_on_update" AFTER UPDATE ON "progress_report"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "pantau_bump_progress_report"();
CREATE TRIGGER "progress_report_bumps_data_version_on_delete" AFTER DELETE ON "progress_report"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "pantau_bump_progress_report"();
CREATE TRIGGER "progress_report_bumps_data_version_on_truncate" AFTER TRUNCATE ON "progress_report"
  FOR EACH STATEMENT EXECUTE FUNCTION "pantau_bump_progress_report"();
