// The ordered rule registry. The README's rule table is generated from it.
import { adrBrokenReference } from './adr-broken-reference';
import { adrDuplicateNumber } from './adr-duplicate-number';
import { adrNumberMismatch } from './adr-number-mismatch';
import { adrOutdatedReference } from './adr-outdated-reference';
import { adrStaleProposal } from './adr-stale-proposal';
import { adrStatusValue } from './adr-status-value';
import { adrSupersedeReciprocal } from './adr-supersede-reciprocal';
import { adrSupersededSuccessor } from './adr-superseded-successor';
import { dateFuture } from './date-future';
import { dateInvalid } from './date-invalid';
import { documentTooComplex } from './document-too-complex';
import { invalidYaml, unsupportedLanguage } from './frontmatter-problems';
import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { templatePlaceholder } from './template-placeholder';
import { designAlternativesRejected } from './design-alternatives-rejected';
import { designMeasurableMetrics } from './design-measurable-metrics';
import { designReviewOverdue } from './design-review-overdue';
import { designReviewWindow } from './design-review-window';
import { frontmatterFieldValue } from './frontmatter-field-value';
import { frontmatterMissingField } from './frontmatter-missing-field';
import { postmortemActionItemFormat } from './postmortem-action-item-format';
import { postmortemActionItemOverdue } from './postmortem-action-item-overdue';
import { postmortemLateWriteup } from './postmortem-late-writeup';
import { postmortemTimelineFormat } from './postmortem-timeline-format';
import { postmortemTimelineOrder } from './postmortem-timeline-order';
import { postmortemTimelinePhases } from './postmortem-timeline-phases';
import { sectionHeadingLevel } from './section-heading-level';
import { sectionOrder } from './section-order';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  documentTooComplex,
  invalidYaml,
  unsupportedLanguage,
  frontmatterMissingField,
  frontmatterFieldValue,
  sectionMissing,
  sectionEmpty,
  sectionOrder,
  sectionHeadingLevel,
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
  adrOutdatedReference,
  designReviewOverdue,
  designReviewWindow,
  designMeasurableMetrics,
  designAlternativesRejected,
  postmortemTimelineFormat,
  postmortemTimelineOrder,
  postmortemTimelinePhases,
  postmortemActionItemFormat,
  postmortemActionItemOverdue,
  postmortemLateWriteup,
];
