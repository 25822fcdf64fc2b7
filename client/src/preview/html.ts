// The decision index webview's page: a strict Content-Security-Policy (nothing
// but our own stylesheet, font and nonce'd script, all local), and no data in
// the HTML itself — the script receives the index as a message and renders it
// with DOM text nodes, so a title is always text.

export interface PageResources {
  /** The webview's source for local resources (`webview.cspSource`). */
  cspSource: string;
  nonce: string;
  script: string;
  style: string;
  codicons: string;
}

export function webviewHtml(r: PageResources): string {
  const csp = [
    "default-src 'none'",
    `style-src ${r.cspSource}`,
    `font-src ${r.cspSource}`,
    `img-src ${r.cspSource}`,
    `script-src 'nonce-${r.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(r.codicons)}">
<link rel="stylesheet" href="${attr(r.style)}">
<title>Decision Index</title>
</head>
<body>
<header class="toolbar">
  <label class="search"><span class="codicon codicon-search" aria-hidden="true"></span><input id="filter-text" type="search" placeholder="Filter by title, number, decider or file" aria-label="Filter by text"></label>
  <label>Status <select id="filter-status" aria-label="Filter by status"><option value="">All</option></select></label>
  <span id="count" class="count" aria-live="polite"></span>
</header>
<main>
  <table id="index" aria-label="Architecture decisions">
    <thead><tr>
      <th data-key="number" aria-sort="ascending"><button type="button">ADR</button></th>
      <th data-key="title"><button type="button">Title</button></th>
      <th data-key="status"><button type="button">Status</button></th>
      <th data-key="date"><button type="button">Date</button></th>
      <th data-key="deciders"><button type="button">Deciders</button></th>
      <th>Supersedes</th>
      <th>Superseded by</th>
    </tr></thead>
    <tbody></tbody>
  </table>
  <p id="empty" class="empty" hidden>No ADRs match.</p>
  <section class="graph">
    <h2><span class="codicon codicon-type-hierarchy" aria-hidden="true"></span> Supersede relations</h2>
    <div id="graph"></div>
  </section>
</main>
<script nonce="${r.nonce}" src="${attr(r.script)}"></script>
</body>
</html>
`;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A fresh nonce for each page. */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}
