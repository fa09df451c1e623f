/**
 * The limits-of-confidentiality statement a participant reads and signs at intake (PRODUCT.md
 * capability 2; disclosure-rules.md §9 "Informing at the start", §11). Plain words, short
 * sentences, second person. Versioned data: a signed acknowledgment stores the version id, and
 * a new wording gets a new id rather than changing an old one.
 */

/** One part of the statement. */
export interface StatementSection {
  readonly heading: string;
  readonly text: string;
}

/** A versioned plain-language statement. */
export interface PlainLanguageStatement {
  /** Stored with each signature; never reused for different wording. */
  readonly version: string;
  readonly effectiveFrom: `${number}-${number}-${number}`;
  readonly language: 'en';
  readonly title: string;
  readonly sections: readonly StatementSection[];
  /** The sentence the participant signs under. */
  readonly acknowledgment: string;
}

/** The current limits-of-confidentiality statement. */
export const LIMITS_OF_CONFIDENTIALITY: PlainLanguageStatement = {
  version: 'limits-of-confidentiality/en/2026-11-v1',
  effectiveFrom: '2026-11-23',
  language: 'en',
  title: 'What stays private, and when we might have to share',
  sections: [
    {
      heading: 'What you tell us is private',
      text: 'What you share with your peer specialist stays private. We do not tell your family, your employer, your landlord, the police or anyone else about you unless you sign a form that says we can. You can say no to signing, and you can take back a form you signed.',
    },
    {
      heading: 'Who on our team can see it',
      text: 'Your peer specialist talks with their supervisor to make sure you get good support. Only people on our team who need to know can see your record, and every look at it is logged.',
    },
    {
      heading: 'If someone is in danger right now',
      text: 'If you are about to seriously hurt yourself, or someone else, we may call 911, a crisis team, or someone who can keep people safe, without your permission. We share only what is needed to keep everyone safe, and we will tell you what we shared when it is safe to.',
    },
    {
      heading: 'If a child, an older adult or a dependent adult is being hurt',
      text: 'Sometimes we learn that a child, an older adult, or an adult who depends on others for care is being abused, neglected or taken advantage of. The law may then require us to report it to child or adult protective services. We report what we heard, not your whole story.',
    },
    {
      heading: 'Other reports the law requires',
      text: 'Some laws require us to make a report even without your permission, for example about certain injuries, or a crime or threat against our staff or on our premises. We share only what that law asks for.',
    },
    {
      heading: 'Court orders',
      text: 'A judge can order us to share part of your record. A letter from a lawyer or a subpoena alone is not enough. Our privacy officer checks every legal paper and shares only what a valid order names. We tell you a request came in when we are allowed to.',
    },
    {
      heading: 'Medical emergencies',
      text: 'If you have a medical emergency and cannot agree, we may tell the ambulance or hospital staff what they need to treat you. If you are in hospital and cannot speak for yourself, we may tell a family member where you are and how you are doing in general, unless you have told us not to.',
    },
    {
      heading: 'Phone, video and text sessions',
      text: 'When we meet by phone, video or text, we use services that protect your information, but no technology is perfectly private. Someone near you could overhear, and messages can stay on a shared phone or computer. Choose a private place, use a device only you use, and tell us if someone is in the room. We never record a session without your written permission.',
    },
    {
      heading: 'Your rights',
      text: 'You can ask to see and get a copy of your record. You can ask who we shared it with, and ask us to contact you a different way. You can complain to our privacy officer or to the federal Department of Health and Human Services. Complaining never affects your services.',
    },
  ],
  acknowledgment:
    'I have read this, or had it read to me. My peer specialist explained it and answered my questions. I understand when my information might be shared without my permission.',
};

/** The separate acknowledgment of online risks for telehealth sessions. */
export const TELEHEALTH_ACKNOWLEDGMENT: PlainLanguageStatement = {
  version: 'telehealth-acknowledgment/en/2026-11-v1',
  effectiveFrom: '2026-11-23',
  language: 'en',
  title: 'Meeting by phone, video or text',
  sections: [
    {
      heading: 'The risks',
      text: 'Online and phone sessions are convenient but can be less private than meeting in person. Others nearby may overhear. Messages, call logs and apps can keep traces on your device. Connections can drop.',
    },
    {
      heading: 'What we do',
      text: 'We use only platforms that have signed a privacy agreement with us and that encrypt your session. We check who we are speaking with at the start. We do not record unless you give written permission that says why, who can see it, and when it will be deleted.',
    },
    {
      heading: 'What you can do',
      text: 'Find a private place, use headphones if you can, and use a device and account that only you use. Tell us at the start if someone else is with you. If the call drops during a crisis, call 988 or 911.',
    },
  ],
  acknowledgment: 'I understand the risks of meeting by phone, video or text, and I choose to meet this way.',
};
