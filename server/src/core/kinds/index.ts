// The built-in kinds, in detection order for conventional folders.
import { adr } from './adr';
import type { KindDefinition } from './types';

export const BUILTIN_KINDS: KindDefinition[] = [adr];
