import { buildIfStale } from "./next-process";
import { runCli } from "./run-cli";

// `npm run build`: always rebuilds, and records the build so `npm start` can reuse it.
runCli(async () => {
  await buildIfStale({ force: true });
});
