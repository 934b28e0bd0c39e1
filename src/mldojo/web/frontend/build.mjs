// Build the static assets into ../static: the editor bundle (esbuild), htmx and KaTeX.
// Run `npm ci && npm run build` in this folder; the outputs are committed, so serving the app
// needs neither node nor network.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
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
// KaTeX renders the formulas of problem statements and cards; woff2 fonts only (every current
// browser reads them; the stylesheet's other formats are fallbacks that are never fetched).
const katex = join(here, "node_modules", "katex", "dist");
mkdirSync(join(out, "katex", "fonts"), { recursive: true });
for (const file of ["katex.min.js", "katex.min.css"]) {
  copyFileSync(join(katex, file), join(out, "katex", file));
}
for (const font of readdirSync(join(katex, "fonts")).filter((f) => f.endsWith(".woff2"))) {
  copyFileSync(join(katex, "fonts", font), join(out, "katex", "fonts", font));
}
console.log("wrote static/vendor/editor.min.js, htmx.min.js and katex/");
