import { readFileSync, readdirSync } from 'node:fs';
import { buildModel } from '../server/src/core/model';
import { createProject } from '../server/src/core/project';
import { defaultConfig } from '../server/src/core/config';
const templates: Record<string,string> = {}; for (const f of readdirSync('templates')) templates[f] = readFileSync('templates/'+f,'utf8');
const root = '/work/shared/corpus';
const project = createProject({ root, config: defaultConfig(), templates, today: '2026-11-24' });
for (const rel of process.argv.slice(2)) {
  const m = buildModel(root + '/' + rel, readFileSync(root+'/'+rel,'utf8'), project);
  console.log(rel, JSON.stringify({kind: m.kind, src: m.kindSource, variant: m.variant?.id, title: m.title?.value, number: m.number?.value, tn: m.titleNumber?.value, fn: m.fileNumber, status: m.status && [m.status.word, m.status.value, m.status.source], date: m.date?.value, rel: m.relations.map(r=>[r.type, r.targets.map(t=>t.path??t.number)]), refs: m.references.length, sections: m.sections.map(s=>s.key)}));
}
