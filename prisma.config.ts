import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file: migrations run through prisma/cli/*
// (the WASM schema engine), which works without Prisma's binary download.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
