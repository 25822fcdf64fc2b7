// Loads what the core needs to know about a workspace from disk: the config,
// adr-tools' and log4brains' folders, and the templates (built-in, overridden by
// `.processdocs/templates/`).
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONFIG_FILE, defaultConfig, parseConfig, type Config, type ConfigProblem } from '../core/config';
import { parseCodeOwners } from '../core/owners';
import { createProject, isoToday, type Project } from '../core/project';
import { toPosix } from './paths';

export const WORKSPACE_TEMPLATES = path.join('.processdocs', 'templates');

/** The `templates/` folder shipped beside the bundle (dist/..) or the sources (server/src/node/../../..). */
export function builtinTemplatesDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'templates'), path.resolve(__dirname, '..', '..', '..', 'templates')];
  return candidates.find((c) => existsSync(path.join(c, 'adr.md'))) ?? candidates[0];
}

let builtins: Record<string, string> | undefined;

function builtinTemplates(): Record<string, string> {
  if (!builtins) builtins = readTemplates(builtinTemplatesDir());
  return builtins;
}

function readTemplates(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md'));
  } catch {
    return out;
  }
  for (const name of names) {
    try {
      out[name] = readFileSync(path.join(dir, name), 'utf8');
    } catch {
      // An unreadable override leaves the built-in in place.
    }
  }
  return out;
}

export interface LoadOptions {
  /** An explicit config file (CLI `--config`). */
  configFile?: string;
  today?: string;
}

export interface LoadedProject {
  project: Project;
  configFile: string | null;
  configText: string | null;
  configProblems: ConfigProblem[];
}

export async function loadProject(root: string, options: LoadOptions = {}): Promise<LoadedProject> {
  const configFile = options.configFile ?? path.join(root, CONFIG_FILE);
  const configText = await fs.readFile(configFile, 'utf8').catch(() => null);
  const { config, problems } = configText === null ? { config: defaultConfig(), problems: [] } : parseConfig(configText);
  const project = createProject({
    root: toPosix(root),
    config,
    configProblems: problems,
    adrFolders: await declaredAdrFolders(root),
    codeOwners: await codeOwners(root),
    templates: { ...builtinTemplates(), ...readTemplates(path.join(root, WORKSPACE_TEMPLATES)), ...(await customTemplates(root, config)) },
    today: options.today ?? isoToday(),
  });
  return { project, configFile: configText === null ? null : configFile, configText, configProblems: problems };
}

/** Custom kinds may name a template by its path from the root (`docs/templates/runbook.md`). */
async function customTemplates(root: string, config: Config): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const kind of Object.values(config.kinds)) {
    const name = kind.template;
    if (!name?.includes('/')) continue;
    const file = path.resolve(root, name);
    // A template outside the workspace is not read.
    if (path.relative(root, file).startsWith('..')) continue;
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    if (text !== null) out[name] = text;
  }
  return out;
}

/** The owners in the first CODEOWNERS file where GitHub or GitLab look for one. */
async function codeOwners(root: string): Promise<string[]> {
  for (const place of ['.github', '', 'docs', '.gitlab']) {
    const text = await fs.readFile(path.join(root, place, 'CODEOWNERS'), 'utf8').catch(() => null);
    if (text !== null) return parseCodeOwners(text);
  }
  return [];
}

async function declaredAdrFolders(root: string): Promise<string[]> {
  const out: string[] = [];
  const adrDir = await fs.readFile(path.join(root, '.adr-dir'), 'utf8').catch(() => null);
  if (adrDir?.trim()) out.push(adrDir.trim());
  const log4brains = await fs.readFile(path.join(root, '.log4brains.yml'), 'utf8').catch(() => null);
  if (log4brains) {
    try {
      const folder = (parseYaml(log4brains, { schema: 'core' }) as { project?: { adrFolder?: unknown } } | null)?.project?.adrFolder;
      if (typeof folder === 'string') out.push(folder);
    } catch {
      // A broken log4brains file declares nothing.
    }
  }
  return out.map((f) => toPosix(f).replace(/^\.\//, '').replace(/\/+$/, ''));
}

/** The workspace root for a path: the nearest folder holding a project marker, up to the repository root. */
export function findRoot(start: string): string {
  let dir = path.resolve(start);
  if (existsSync(dir) && !isDirectory(dir)) dir = path.dirname(dir);
  const first = dir;
  for (;;) {
    if ([CONFIG_FILE, '.adr-dir', '.log4brains.yml'].some((m) => existsSync(path.join(dir, m)))) return dir;
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return first;
    dir = parent;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
