-- AlterTable
ALTER TABLE "household_rollup" ADD COLUMN     "overlapping" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "program_reach_rollup" ADD COLUMN     "graduated" INTEGER NOT NULL DEFAULT 0;
