// Snippet text: escaping, and choices (`${1|a,b|}`).

export function choice(values: string[], tabstop = 1): string {
  return `\${${tabstop}|${values.map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
}

export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}
