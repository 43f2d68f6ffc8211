-- AlterTable
ALTER TABLE "progress_report" ADD COLUMN     "decrease_reason" TEXT;
