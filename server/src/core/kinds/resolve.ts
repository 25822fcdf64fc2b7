// Turns kind definitions, their templates and the project config into the
// resolved kinds that detection and rules read. The config can override a
// built-in kind (statuses, aliases) or define a custom kind outright.
import type { Config, KindConfig } from '../config';
import { parseMarkdown } from '../markdown/parse';
import { headingsOf, isBlank, sectionKey, sectionsOf } from '../markdown/sections';
import type { FieldSpec, KindDefinition, VariantSpec } from './types';

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
  /** Statuses of the draft stage (Proposed, Draft, In Review). */
  draftStatuses: string[];
  config: KindConfig;
  variants: ResolvedVariant[];
}

/** Resolves every definition (built-in and custom) against its templates (by file name) and the config. */
export function resolveKinds(builtins: KindDefinition[], templates: Record<string, string>, config: Config): Map<string, ResolvedKind> {
  const out = new Map<string, ResolvedKind>();
  const custom = Object.entries(config.kinds)
    .filter(([id]) => !builtins.some((b) => b.id === id))
    .map(([id, kc]) => customKind(id, kc));
  for (const def of [...builtins, ...custom]) {
    const kindConfig = config.kinds[def.id] ?? {};
    const aliases = mergeAliases(def.aliases, kindConfig.aliases);
    const synthesized = kindConfig.sections ? templateFromSections(kindConfig.sections) : '';
    out.set(def.id, {
      def,
      statuses: kindConfig.statuses ?? def.statuses.values,
      draftStatuses: kindConfig.draftStatuses ?? def.statuses.draft,
      config: kindConfig,
      variants: def.variants.map((v) => resolveVariant(aliases, v, templates[v.template] ?? synthesized)),
    });
  }
  return out;
}

function customKind(id: string, kc: KindConfig): KindDefinition {
  return {
    id,
    label: kc.label ?? id,
    folders: [],
    aliases: [],
    statuses: { values: kc.statuses ?? [], draft: kc.draftStatuses ?? [], required: false },
    fields: (kc.fields ?? []).map((f): FieldSpec => ({ type: 'string', description: '', ...f })),
    variants: [{ id, label: kc.label ?? id, template: kc.template ?? '' }],
  };
}

/** A template for a custom kind declared by its section names alone. */
function templateFromSections(sections: NonNullable<KindConfig['sections']>): string {
  const lines = ['# {{title}}', ''];
  for (const s of sections) {
    const { name, required } = typeof s === 'string' ? { name: s, required: true } : s;
    lines.push(`## ${name}${required === false ? ' <!-- optional -->' : ''}`, '');
  }
  return lines.join('\n');
}

/** The definition's alias groups, with the config's extra names joined to their section's group. */
function mergeAliases(groups: string[][], extra: Record<string, string[]> | undefined): string[][] {
  const out = groups.map((g) => [...g]);
  for (const [name, names] of Object.entries(extra ?? {})) {
    const key = sectionKey(name);
    let group = out.find((g) => g.includes(key));
    if (!group) out.push((group = [key]));
    group.push(...names.map(sectionKey));
  }
  return out;
}

function resolveVariant(aliases: string[][], variant: VariantSpec, templateText: string): ResolvedVariant {
  const tree = parseMarkdown(templateText);
  const sections = sectionsOf(templateText, headingsOf(tree)).map((s) => {
    const group = aliases.find((g) => g.includes(s.key));
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
