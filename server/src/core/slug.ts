// File names from titles: lower case, words joined by hyphens, accents
// transliterated (`Café` → `cafe`), letters of other scripts kept as they are,
// and nothing that could name another folder (`../../etc/passwd` → `etc-passwd`).

// Latin letters that do not decompose into a base letter and a mark.
const LATIN: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'ng',
};

const MAX_LENGTH = 60;

export function slugify(title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþıħŧŋ]/g, (c) => LATIN[c])
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH && slug) break;
    slug = next.slice(0, MAX_LENGTH);
  }
  return slug || 'untitled';
}
