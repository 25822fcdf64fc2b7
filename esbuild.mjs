// Bundles the extension (client), the language server, the CLI and the decision index webview.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readFile } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { PROCESS_DOCS_VERSION: JSON.stringify(version) },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'dist/webview/main.js' }),
]);
// The webview loads only local files: its stylesheet and a copy of the codicons.
await mkdir('dist/webview/codicons', { recursive: true });
await copyFile('client/src/preview/webview/style.css', 'dist/webview/style.css');
for (const f of ['codicon.css', 'codicon.ttf']) await copyFile(`node_modules/@vscode/codicons/dist/${f}`, `dist/webview/codicons/${f}`);
await Promise.all(['dist/server.js', 'dist/cli.js'].map((f) => chmod(f, 0o755)));
