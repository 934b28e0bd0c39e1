// Build the static assets into ../static: the editor bundle (esbuild) and a copy of htmx.
// Run `npm ci && npm run build` in this folder; the outputs are committed, so serving the app
// needs neither node nor network.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static", "vendor");
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, "editor.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "eof",
  outfile: join(out, "editor.min.js"),
});
copyFileSync(join(here, "node_modules", "htmx.org", "dist", "htmx.min.js"), join(out, "htmx.min.js"));
console.log("wrote static/vendor/editor.min.js and static/vendor/htmx.min.js");
