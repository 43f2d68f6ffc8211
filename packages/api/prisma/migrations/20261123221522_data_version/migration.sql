-- CreateTable
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- The one row, and nothing else: a second row would make "the" version ambiguous.
ALTER TABLE "data_version" ADD CONSTRAINT "data_version_single_row" CHECK ("id" = 1);
INSERT INTO "data_version" ("id", "version") VALUES (1, 0);

-- Moves the version forward in the writing transaction: readers see the new version exactly when
-- they can see the new data. Statement-level, so a bulk insert costs one update, not one per row.
CREATE FUNCTION "pantau_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

-- Every table a dashboard answer can depend on. Not session, audit_log (written on sign-in) or
-- data_version itself.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'app_user', 'benefit', 'budget_rollup', 'cluster', 'data_source', 'extreme_poverty_line', 'follow_up', 'household',
    'household_identity', 'household_member', 'household_rollup', 'household_verification', 'indicator',
    'indicator_value', 'opd', 'priority', 'priority_milestone', 'program', 'program_monthly_plan', 'program_partner',
    'program_reach_rollup', 'progress_report', 'rakor', 'rakor_agenda_item', 'rakor_attendee', 'rakor_decision',
    'region', 'region_group', 'region_group_member', 'setting', 'target'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "pantau_bump_data_version"()',
      t || '_bumps_data_version', t);
  END LOOP;
END;
$$;
