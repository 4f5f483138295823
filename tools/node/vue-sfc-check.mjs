// Compiles Vue single-file components the way a Vue build does, so their
// TypeScript can be type-checked: for each `input.vue output.ts` pair given on
// the command line, parses the SFC, compiles `<script setup>` with the
// template inlined, and writes the TypeScript. Prints one JSON line per file:
// {"file", "ok", "errors"}. Exits 1 when any file failed.
import { readFileSync, writeFileSync } from "node:fs";
import { compileScript, parse } from "@vue/compiler-sfc";

let failed = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const [input, output] = [args[i], args[i + 1]];
  const errors = [];
  try {
    const { descriptor, errors: parseErrors } = parse(readFileSync(input, "utf8"), {
      filename: input,
    });
    errors.push(...parseErrors.map(String));
    if (!descriptor.scriptSetup && !descriptor.script) {
      errors.push("no <script> block");
    }
    if (errors.length === 0) {
      const script = compileScript(descriptor, {
        id: `sample${i}`,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { onError: (e) => errors.push(String(e)) } },
      });
      writeFileSync(output, script.content);
    }
  } catch (error) {
    errors.push(String(error && error.stack ? error.stack : error));
  }
  failed ||= errors.length > 0;
  console.log(JSON.stringify({ file: input, ok: errors.length === 0, errors }));
}
process.exit(failed ? 1 : 0);
