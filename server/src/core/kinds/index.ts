// The built-in kinds, in detection order for conventional folders.
import { adr } from './adr';
import { design } from './design';
import { integration } from './integration';
import { postmortem } from './postmortem';
import { pr } from './pr';
import type { KindDefinition } from './types';

export const BUILTIN_KINDS: KindDefinition[] = [adr, design, postmortem, pr, integration];
