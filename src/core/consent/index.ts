/**
 * Consent (Release of Information) rules: pure, no I/O. What a consent must contain, whether it
 * covers a proposed disclosure, and the texts that go with consents.
 */
export type { ConsentCategory } from './categories.ts';
export { CONSENT_CATEGORIES, categoryOfInformation, SEPARATE_CONSENT_CATEGORIES } from './categories.ts';
export type { ConsentCoverage, CoverageProblem, DisclosureRequest } from './consent-coverage.ts';
export { consentCoverage } from './consent-coverage.ts';
export type { ConsentElement, ConsentRegime, MissingElement } from './consent-elements.ts';
export { missingConsentElements } from './consent-elements.ts';
export type { PlainLanguageStatement, StatementSection } from './limits-of-confidentiality.ts';
export { LIMITS_OF_CONFIDENTIALITY, TELEHEALTH_ACKNOWLEDGMENT } from './limits-of-confidentiality.ts';
export { PART2_NOTICE_VERSION, PART2_REDISCLOSURE_NOTICE, PART2_REDISCLOSURE_NOTICE_SHORT } from './part2-notice.ts';
export type * from './release-of-information.ts';
