-- Region filters as ranges (issue 13). A region's rows are those whose code is the region's or
-- starts with it and a dot: in C collation, exactly the codes from 'X' up to (not including)
-- 'X/' ('/' follows '.'), one index range whatever the database's own collation. Prisma's schema
-- cannot say COLLATE in an index, so these live here only (src/migrations/engine.ts keeps the
-- migration diff from dropping them).
CREATE INDEX "household_kelurahan_code_c_id_idx" ON "household" ("kelurahan_code" COLLATE "C", "id");
CREATE INDEX "household_rollup_kelurahan_code_c_idx" ON "household_rollup" ("kelurahan_code" COLLATE "C");
CREATE INDEX "program_reach_rollup_kelurahan_code_c_idx" ON "program_reach_rollup" ("kelurahan_code" COLLATE "C");
CREATE INDEX "region_code_c_idx" ON "region" ("code" COLLATE "C");
