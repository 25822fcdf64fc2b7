// The ordered rule registry. The README's rule table is generated from it.
import { adrBrokenReference } from './adr-broken-reference';
import { adrDuplicateNumber } from './adr-duplicate-number';
import { adrNumberMismatch } from './adr-number-mismatch';
import { adrStaleProposal } from './adr-stale-proposal';
import { adrStatusValue } from './adr-status-value';
import { adrSupersedeReciprocal } from './adr-supersede-reciprocal';
import { adrSupersededSuccessor } from './adr-superseded-successor';
import { dateFuture } from './date-future';
import { dateInvalid } from './date-invalid';
import { invalidYaml, unsupportedLanguage } from './frontmatter-problems';
import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { templatePlaceholder } from './template-placeholder';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  invalidYaml,
  unsupportedLanguage,
  sectionMissing,
  sectionEmpty,
  templatePlaceholder,
  dateInvalid,
  dateFuture,
  adrStatusValue,
  adrSupersededSuccessor,
  adrStaleProposal,
  adrNumberMismatch,
  adrDuplicateNumber,
  adrBrokenReference,
  adrSupersedeReciprocal,
];
