#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  errorMessage
} from "./chunks/chunk-3P6TRMCU.js";

// src/cli/bin.ts
import moduleApi from "node:module";

// src/cli/io.ts
function processIO() {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  };
}

// src/cli/settle.ts
function settle(args2, result, loadExit) {
  result.then(
    async (code) => {
      process.exitCode = code;
      if (args2[0] !== "run") return;
      try {
        const exit = await loadExit();
        exit.releaseLauncher(code, process.env);
        exit.startSnapshotBuild(process.env);
        exit.exitNow(code);
      } catch {
      }
    },
    (e) => {
      process.stderr.write(`scalene-ci: internal error: ${errorMessage(e)}
`);
      process.exitCode = 70;
    }
  );
}

// src/cli/bin.ts
moduleApi.enableCompileCache?.();
var { main } = await import("./chunks/main-H24NPBXY.js");
var args = process.argv.slice(2);
settle(args, main(args, processIO()), () => import("./chunks/exit-THA7S6DL.js"));
