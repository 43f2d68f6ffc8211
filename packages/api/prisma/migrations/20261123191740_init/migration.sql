-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN', 'KELURAHAN');

-- CreateEnum
CREATE TYPE "VillageType" AS ENUM ('KELURAHAN', 'DESA');

-- CreateEnum
CREATE TYPE "RegionGroupKind" AS ENUM ('PRIORITY_INTERVENTION', 'OTHER');

-- CreateEnum
CREATE TYPE "PovertyStatus" AS ENUM ('EXTREME', 'POOR', 'VULNERABLE', 'NOT_POOR');

-- CreateEnum
CREATE TYPE "HouseholdDataSource" AS ENUM ('P3KE', 'DTSEN', 'DTKS', 'LOCAL_SURVEY', 'SYNTHETIC');

-- CreateEnum
CREATE TYPE "VerificationState" AS ENUM ('UNVERIFIED', 'VERIFIED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "HouseholdLifecycle" AS ENUM ('ACTIVE', 'GRADUATED', 'MOVED', 'DECEASED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "VerificationOutcome" AS ENUM ('CONFIRMED', 'CORRECTED', 'GRADUATED', 'MOVED', 'DECEASED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('OPD', 'PARTNER');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('EXTREME_POOR', 'POOR', 'DESIL_1_2', 'DESIL_1_4', 'ALL_REGISTERED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "IndicatorGroup" AS ENUM ('POVERTY', 'EXTREME_POVERTY', 'STUNTING', 'PSKS', 'OTHER');

-- CreateEnum
CREATE TYPE "TargetShape" AS ENUM ('ANNUAL_POINT_REDUCTION', 'ANNUAL_RELATIVE_REDUCTION', 'ANNUAL_COUNT_REDUCTION', 'ZERO_BY_DATE');

-- CreateEnum
CREATE TYPE "PriorityStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RakorStatus" AS ENUM ('PLANNED', 'HELD');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR', 'REGION_OPERATOR');

-- CreateTable
CREATE TABLE "region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parent_code" TEXT,
    "village_type" "VillageType",
    "population" INTEGER,
    "area_km2" DOUBLE PRECISION,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "region_group" (
    "id" SERIAL NOT NULL,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RegionGroupKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "source_id" TEXT,

    CONSTRAINT "region_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region_group_member" (
    "group_id" INTEGER NOT NULL,
    "region_code" TEXT NOT NULL,

    CONSTRAINT "region_group_member_pkey" PRIMARY KEY ("group_id","region_code")
);

-- CreateTable
CREATE TABLE "data_source" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "licence" TEXT,
    "notes" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "data_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household" (
    "id" SERIAL NOT NULL,
    "household_number" TEXT NOT NULL,
    "kelurahan_code" TEXT NOT NULL,
    "rw" TEXT,
    "rt" TEXT,
    "desil" INTEGER,
    "poverty_status" "PovertyStatus" NOT NULL,
    "member_count" INTEGER NOT NULL,
    "per_capita_expenditure" INTEGER,
    "lacks_income" BOOLEAN NOT NULL DEFAULT false,
    "inadequate_housing" BOOLEAN NOT NULL DEFAULT false,
    "food_insecure" BOOLEAN NOT NULL DEFAULT false,
    "no_basic_services" BOOLEAN NOT NULL DEFAULT false,
    "data_source" "HouseholdDataSource" NOT NULL,
    "data_vintage" DATE NOT NULL,
    "verification_state" "VerificationState" NOT NULL DEFAULT 'UNVERIFIED',
    "verified_at" TIMESTAMP(3),
    "lifecycle" "HouseholdLifecycle" NOT NULL DEFAULT 'ACTIVE',
    "graduated_year" INTEGER,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_identity" (
    "household_id" INTEGER NOT NULL,
    "nik" TEXT NOT NULL,
    "kk_number" TEXT NOT NULL,
    "head_name" TEXT NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "household_identity_pkey" PRIMARY KEY ("household_id")
);

-- CreateTable
CREATE TABLE "household_member" (
    "id" SERIAL NOT NULL,
    "household_id" INTEGER NOT NULL,
    "nik" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birth_date" DATE NOT NULL,

    CONSTRAINT "household_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_verification" (
    "id" SERIAL NOT NULL,
    "household_id" INTEGER NOT NULL,
    "verified_by_id" INTEGER,
    "verified_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "VerificationOutcome" NOT NULL,
    "poverty_status" "PovertyStatus" NOT NULL,
    "lacks_income" BOOLEAN NOT NULL,
    "inadequate_housing" BOOLEAN NOT NULL,
    "food_insecure" BOOLEAN NOT NULL,
    "no_basic_services" BOOLEAN NOT NULL,
    "note" TEXT,

    CONSTRAINT "household_verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opd" (
    "id" SERIAL NOT NULL,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'OPD',

    CONSTRAINT "opd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster" (
    "id" SERIAL NOT NULL,
    "region_code" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "head_title" TEXT NOT NULL,
    "vice_opd_id" INTEGER,

    CONSTRAINT "cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program" (
    "id" SERIAL NOT NULL,
    "region_code" TEXT NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "opd_id" INTEGER NOT NULL,
    "cluster_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "pagu" BIGINT NOT NULL,
    "output_unit" TEXT NOT NULL,
    "output_target" INTEGER NOT NULL,
    "beneficiary_target" INTEGER NOT NULL,
    "target_group" "TargetGroup" NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "source_note" TEXT,

    CONSTRAINT "program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_partner" (
    "program_id" INTEGER NOT NULL,
    "opd_id" INTEGER NOT NULL,

    CONSTRAINT "program_partner_pkey" PRIMARY KEY ("program_id","opd_id")
);

-- CreateTable
CREATE TABLE "program_monthly_plan" (
    "program_id" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "planned_cumulative" BIGINT NOT NULL,

    CONSTRAINT "program_monthly_plan_pkey" PRIMARY KEY ("program_id","month")
);

-- CreateTable
CREATE TABLE "progress_report" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "realisasi" BIGINT NOT NULL,
    "output_cumulative" INTEGER NOT NULL,
    "beneficiaries_cumulative" INTEGER NOT NULL,
    "problems" TEXT,
    "solutions" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "submitted_at" TIMESTAMP(3),
    "submitted_by_id" INTEGER,
    "reviewed_at" TIMESTAMP(3),
    "reviewed_by_id" INTEGER,
    "review_comment" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "progress_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "benefit" (
    "id" SERIAL NOT NULL,
    "household_id" INTEGER NOT NULL,
    "program_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL DEFAULT 0,
    "amount" BIGINT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "benefit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "code" TEXT NOT NULL,
    "group" "IndicatorGroup" NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "indicator_value" (
    "id" SERIAL NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL DEFAULT 0,
    "value" DOUBLE PRECISION NOT NULL,
    "source_id" TEXT NOT NULL,
    "vintage" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target" (
    "id" SERIAL NOT NULL,
    "region_code" TEXT NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "shape" "TargetShape" NOT NULL,
    "name" TEXT NOT NULL,
    "baseline_year" INTEGER NOT NULL,
    "baseline_value" DOUBLE PRECISION NOT NULL,
    "annual_step" DOUBLE PRECISION,
    "end_year" INTEGER NOT NULL,
    "due_date" DATE,
    "region_group_id" INTEGER,
    "source_id" TEXT,
    "note" TEXT,

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extreme_poverty_line" (
    "year" INTEGER NOT NULL,
    "rupiah_per_capita_day" INTEGER NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "extreme_poverty_line_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "description" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "priority" (
    "id" SERIAL NOT NULL,
    "region_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner_opd_id" INTEGER NOT NULL,
    "start_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "status" "PriorityStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "done_at" DATE,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "priority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "priority_milestone" (
    "id" SERIAL NOT NULL,
    "priority_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "done_at" DATE,

    CONSTRAINT "priority_milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rakor" (
    "id" SERIAL NOT NULL,
    "region_code" TEXT NOT NULL,
    "cluster_id" INTEGER,
    "title" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "location" TEXT NOT NULL,
    "chair" TEXT NOT NULL,
    "status" "RakorStatus" NOT NULL DEFAULT 'PLANNED',
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "source_note" TEXT,

    CONSTRAINT "rakor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rakor_attendee" (
    "rakor_id" INTEGER NOT NULL,
    "opd_id" INTEGER NOT NULL,

    CONSTRAINT "rakor_attendee_pkey" PRIMARY KEY ("rakor_id","opd_id")
);

-- CreateTable
CREATE TABLE "rakor_agenda_item" (
    "id" SERIAL NOT NULL,
    "rakor_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenter_opd_id" INTEGER,
    "figures" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "rakor_agenda_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rakor_decision" (
    "id" SERIAL NOT NULL,
    "rakor_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "rakor_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up" (
    "id" SERIAL NOT NULL,
    "decision_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "owner_opd_id" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "done_at" DATE,
    "progress_note" TEXT,
    "reviewed_at_rakor_id" INTEGER,

    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "region_code" TEXT,
    "opd_id" INTEGER,
    "cluster_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_rollup" (
    "kelurahan_code" TEXT NOT NULL,
    "poverty_status" "PovertyStatus" NOT NULL,
    "desil" INTEGER NOT NULL,
    "lifecycle" "HouseholdLifecycle" NOT NULL,
    "verification_state" "VerificationState" NOT NULL,
    "households" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "unreached" INTEGER NOT NULL,

    CONSTRAINT "household_rollup_pkey" PRIMARY KEY ("kelurahan_code","poverty_status","desil","lifecycle","verification_state")
);

-- CreateTable
CREATE TABLE "program_reach_rollup" (
    "program_id" INTEGER NOT NULL,
    "kelurahan_code" TEXT NOT NULL,
    "poverty_status" "PovertyStatus" NOT NULL,
    "desil" INTEGER NOT NULL,
    "households" INTEGER NOT NULL,
    "eligible" INTEGER NOT NULL,
    "overlapping" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "program_reach_rollup_pkey" PRIMARY KEY ("program_id","kelurahan_code","poverty_status","desil")
);

-- CreateTable
CREATE TABLE "budget_rollup" (
    "program_id" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "region_code" TEXT NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "opd_id" INTEGER NOT NULL,
    "cluster_id" INTEGER NOT NULL,
    "pagu" BIGINT NOT NULL,
    "planned_cumulative" BIGINT NOT NULL,
    "realisasi" BIGINT NOT NULL,
    "output_cumulative" INTEGER NOT NULL,
    "beneficiaries_cumulative" INTEGER NOT NULL,
    "reported" BOOLEAN NOT NULL,

    CONSTRAINT "budget_rollup_pkey" PRIMARY KEY ("program_id","month")
);

-- CreateIndex
CREATE INDEX "region_parent_code_idx" ON "region"("parent_code");

-- CreateIndex
CREATE INDEX "region_level_idx" ON "region"("level");

-- CreateIndex
CREATE UNIQUE INDEX "region_group_region_code_name_year_key" ON "region_group"("region_code", "name", "year");

-- CreateIndex
CREATE UNIQUE INDEX "household_household_number_key" ON "household"("household_number");

-- CreateIndex
CREATE INDEX "household_kelurahan_code_poverty_status_idx" ON "household"("kelurahan_code", "poverty_status");

-- CreateIndex
CREATE INDEX "household_kelurahan_code_desil_idx" ON "household"("kelurahan_code", "desil");

-- CreateIndex
CREATE INDEX "household_identity_nik_idx" ON "household_identity"("nik");

-- CreateIndex
CREATE INDEX "household_member_household_id_idx" ON "household_member"("household_id");

-- CreateIndex
CREATE INDEX "household_verification_household_id_idx" ON "household_verification"("household_id");

-- CreateIndex
CREATE UNIQUE INDEX "opd_region_code_short_name_key" ON "opd"("region_code", "short_name");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_region_code_number_key" ON "cluster"("region_code", "number");

-- CreateIndex
CREATE INDEX "program_opd_id_fiscal_year_idx" ON "program"("opd_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "program_cluster_id_fiscal_year_idx" ON "program"("cluster_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "program_region_code_fiscal_year_code_key" ON "program"("region_code", "fiscal_year", "code");

-- CreateIndex
CREATE INDEX "progress_report_status_idx" ON "progress_report"("status");

-- CreateIndex
CREATE UNIQUE INDEX "progress_report_program_id_month_key" ON "progress_report"("program_id", "month");

-- CreateIndex
CREATE INDEX "benefit_program_id_idx" ON "benefit"("program_id");

-- CreateIndex
CREATE INDEX "benefit_household_id_idx" ON "benefit"("household_id");

-- CreateIndex
CREATE INDEX "indicator_value_region_code_indicator_code_idx" ON "indicator_value"("region_code", "indicator_code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_value_indicator_code_region_code_year_month_key" ON "indicator_value"("indicator_code", "region_code", "year", "month");

-- CreateIndex
CREATE INDEX "target_region_code_idx" ON "target"("region_code");

-- CreateIndex
CREATE INDEX "priority_region_code_idx" ON "priority"("region_code");

-- CreateIndex
CREATE UNIQUE INDEX "priority_milestone_priority_id_position_key" ON "priority_milestone"("priority_id", "position");

-- CreateIndex
CREATE INDEX "rakor_region_code_held_on_idx" ON "rakor"("region_code", "held_on");

-- CreateIndex
CREATE UNIQUE INDEX "rakor_agenda_item_rakor_id_position_key" ON "rakor_agenda_item"("rakor_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "rakor_decision_rakor_id_position_key" ON "rakor_decision"("rakor_id", "position");

-- CreateIndex
CREATE INDEX "follow_up_owner_opd_id_status_idx" ON "follow_up"("owner_opd_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "budget_rollup_region_code_fiscal_year_idx" ON "budget_rollup"("region_code", "fiscal_year");

-- AddForeignKey
ALTER TABLE "region" ADD CONSTRAINT "region_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_group" ADD CONSTRAINT "region_group_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_group_member" ADD CONSTRAINT "region_group_member_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "region_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_group_member" ADD CONSTRAINT "region_group_member_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_kelurahan_code_fkey" FOREIGN KEY ("kelurahan_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_identity" ADD CONSTRAINT "household_identity_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_verification" ADD CONSTRAINT "household_verification_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_verification" ADD CONSTRAINT "household_verification_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opd" ADD CONSTRAINT "opd_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_vice_opd_id_fkey" FOREIGN KEY ("vice_opd_id") REFERENCES "opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_opd_id_fkey" FOREIGN KEY ("opd_id") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_partner" ADD CONSTRAINT "program_partner_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_partner" ADD CONSTRAINT "program_partner_opd_id_fkey" FOREIGN KEY ("opd_id") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_monthly_plan" ADD CONSTRAINT "program_monthly_plan_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_region_group_id_fkey" FOREIGN KEY ("region_group_id") REFERENCES "region_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "priority" ADD CONSTRAINT "priority_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "priority" ADD CONSTRAINT "priority_owner_opd_id_fkey" FOREIGN KEY ("owner_opd_id") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "priority_milestone" ADD CONSTRAINT "priority_milestone_priority_id_fkey" FOREIGN KEY ("priority_id") REFERENCES "priority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rakor" ADD CONSTRAINT "rakor_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rakor" ADD CONSTRAINT "rakor_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rakor_attendee" ADD CONSTRAINT "rakor_attendee_rakor_id_fkey" FOREIGN KEY ("rakor_id") REFERENCES "rakor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rakor_attendee" ADD CONSTRAINT "rakor_attendee_opd_id_fkey" FOREIGN KEY ("opd_id") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rakor_agenda_item" ADD CONSTRAINT "rakor_agenda_item_rakor_id_fkey" FOREIGN KEY ("rakor_id") REFERENCES "rakor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rakor_agenda_item" ADD CONSTRAINT "rakor_agenda_item_presenter_opd_id_fkey" FOREIGN KEY ("presenter_opd_id") REFERENCES "opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rakor_decision" ADD CONSTRAINT "rakor_decision_rakor_id_fkey" FOREIGN KEY ("rakor_id") REFERENCES "rakor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "rakor_decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_owner_opd_id_fkey" FOREIGN KEY ("owner_opd_id") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_reviewed_at_rakor_id_fkey" FOREIGN KEY ("reviewed_at_rakor_id") REFERENCES "rakor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_opd_id_fkey" FOREIGN KEY ("opd_id") REFERENCES "opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_rollup" ADD CONSTRAINT "household_rollup_kelurahan_code_fkey" FOREIGN KEY ("kelurahan_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_rollup" ADD CONSTRAINT "budget_rollup_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;
