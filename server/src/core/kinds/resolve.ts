// Turns kind definitions, their templates and the project config into the
// resolved kinds that detection and rules read.
import type { Config, KindConfig } from '../config';
import { parseMarkdown } from '../markdown/parse';
import { headingsOf, isBlank, sectionKey, sectionsOf } from '../markdown/sections';
import type { KindDefinition, VariantSpec } from './types';

export interface ResolvedSection {
  name: string;
  key: string;
  /** The key and every alias that counts as this section. */
  keys: Set<string>;
  depth: number;
  required: boolean;
  /** The template's text for this section: its purpose, and the text left when unedited. */
  placeholder: string;
}

export interface ResolvedVariant extends VariantSpec {
  template: string;
  templateText: string;
  sections: ResolvedSection[];
}

export interface ResolvedKind {
  def: KindDefinition;
  statuses: string[];
  config: KindConfig;
  variants: ResolvedVariant[];
}

/** Resolves every definition against its templates (by file name) and the config. */
export function resolveKinds(defs: KindDefinition[], templates: Record<string, string>, config: Config): Map<string, ResolvedKind> {
  const out = new Map<string, ResolvedKind>();
  for (const def of defs) {
    const kindConfig = config.kinds[def.id] ?? {};
    out.set(def.id, {
      def,
      statuses: kindConfig.statuses ?? def.statuses.values,
      config: kindConfig,
      variants: def.variants.map((v) => resolveVariant(def, v, templates[v.template] ?? '')),
    });
  }
  return out;
}

function resolveVariant(def: KindDefinition, variant: VariantSpec, templateText: string): ResolvedVariant {
  const tree = parseMarkdown(templateText);
  const sections = sectionsOf(templateText, headingsOf(tree)).map((s) => {
    const group = def.aliases.find((g) => g.includes(s.key));
    const placeholder = isBlank(templateText, s.ownBody) ? '' : templateText.slice(s.ownBody.start, s.ownBody.end).trim();
    return {
      name: s.title,
      key: s.key,
      keys: new Set([s.key, ...(group ?? [])]),
      depth: s.depth,
      required: !s.optional,
      placeholder,
    };
  });
  return { ...variant, templateText, sections };
}

/** The resolved section a document heading counts as, if any. */
export function matchSection(sections: ResolvedSection[], title: string): ResolvedSection | undefined {
  const key = sectionKey(title);
  return sections.find((s) => s.keys.has(key));
}
