/**
 * The notice that must travel with every disclosure of Part 2 records made with consent
 * (42 CFR 2.32, as amended by 89 FR 12472, Feb 16, 2024; disclosure-rules.md §2.1), with a copy
 * of the consent or a clear explanation of its scope. The wording follows the rule's required
 * content; the privacy officer confirms it against ecfr.gov before go-live (rules doc §12).
 */
export const PART2_NOTICE_VERSION = '2.32-2024-v1';

/** The long statement of 42 CFR 2.32(a)(1). */
export const PART2_REDISCLOSURE_NOTICE = [
  'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2).',
  'These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65.',
  'In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2; (ii) you are a covered entity or business associate and have received the record for treatment, payment, or health care operations; or (iii) you have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E.',
  'A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).',
  'The Federal rules restrict any use of the information to investigate or prosecute with regard to a crime any patient with a substance use disorder, except as provided at 42 CFR 2.12(c)(5) and 2.65.',
].join(' ');

/** The short form the rule allows (42 CFR 2.32(a)(2)). */
export const PART2_REDISCLOSURE_NOTICE_SHORT = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';
