-- AlterEnum
ALTER TYPE "HouseholdLifecycle" ADD VALUE 'LEFT';

-- AlterTable
ALTER TABLE "household" ADD COLUMN     "source_key" TEXT,
ADD COLUMN     "vintage_id" INTEGER;

-- AlterTable
ALTER TABLE "household_identity" ALTER COLUMN "nik" DROP NOT NULL,
ALTER COLUMN "kk_number" DROP NOT NULL,
ALTER COLUMN "head_name" DROP NOT NULL,
ALTER COLUMN "address" DROP NOT NULL;

-- CreateTable
CREATE TABLE "registry_vintage" (
    "id" SERIAL NOT NULL,
    "data_source" "HouseholdDataSource" NOT NULL,
    "drawn_on" DATE NOT NULL,
    "region_codes" TEXT[],
    "file_name" TEXT NOT NULL,
    "file_sha256" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "entered" INTEGER NOT NULL,
    "left" INTEGER NOT NULL,
    "changed_desil" INTEGER NOT NULL,
    "changed_status" INTEGER NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_by_id" INTEGER,

    CONSTRAINT "registry_vintage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "registry_vintage_data_source_file_sha256_idx" ON "registry_vintage"("data_source", "file_sha256");

-- CreateIndex
CREATE UNIQUE INDEX "household_data_source_source_key_key" ON "household"("data_source", "source_key");

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_vintage_id_fkey" FOREIGN KEY ("vintage_id") REFERENCES "registry_vintage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_vintage" ADD CONSTRAINT "registry_vintage_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Dashboards show the registry's vintage: its writes move the data version like every other table's.
CREATE TRIGGER "registry_vintage_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "registry_vintage"
  FOR EACH STATEMENT EXECUTE FUNCTION "pantau_bump_data_version"();
