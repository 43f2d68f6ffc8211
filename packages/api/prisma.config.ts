import { defineConfig } from 'prisma/config';

// Only `prisma generate` uses this file: migrations run through the WASM schema engine
// (scripts/migrate.ts), and the app opens its own driver adapter (src/db.ts).
export default defineConfig({
  schema: 'prisma/schema.prisma',
});
