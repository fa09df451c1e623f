import type { ComponentType } from 'react';
import type { Role } from '../../api/types.ts';
import { AccessSection } from './access-section.tsx';
import { AttendanceSection } from './attendance-section.tsx';
import { LimitsSection } from './limits-section.tsx';
import { NotesSection } from './notes-section.tsx';
import { ConsentsSection } from '../consents/consents-section.tsx';
import { ConsultationsSection } from '../consultations/consultations-section.tsx';
import { DisclosuresSection } from '../disclosures/disclosures-section.tsx';
import { MayIShareSection } from '../disclosures/may-i-share-section.tsx';
import { OverviewSection } from './overview-section.tsx';
import { SafetySection } from '../safety/safety-section.tsx';
import { ReportsSection } from '../reports/reports-section.tsx';

export interface SectionProps {
  readonly participantId: string;
}

/**
 * The sections of a participant's page, in menu order. Consents, "may I share this?", safety
 * events and consultations join here as they are built: one entry and one component each.
 */
export interface ParticipantSection {
  readonly id: string;
  readonly label: string;
  readonly roles: readonly Role[];
  readonly Component: ComponentType<SectionProps>;
}

const CARE: readonly Role[] = ['peer_specialist', 'supervisor'];

export const PARTICIPANT_SECTIONS: readonly ParticipantSection[] = [
  { id: 'overview', label: 'Identity and contacts', roles: CARE, Component: OverviewSection },
  { id: 'notes', label: 'Notes', roles: CARE, Component: NotesSection },
  { id: 'groups', label: 'Group attendance', roles: CARE, Component: AttendanceSection },
  { id: 'safety', label: 'Safety', roles: CARE, Component: SafetySection },
  { id: 'consents', label: 'Consents', roles: CARE, Component: ConsentsSection },
  { id: 'limits', label: 'Limits of confidentiality', roles: CARE, Component: LimitsSection },
  { id: 'share', label: 'May I share this?', roles: CARE, Component: MayIShareSection },
  { id: 'disclosures', label: 'Disclosures', roles: CARE, Component: DisclosuresSection },
  { id: 'consultations', label: 'Consultations', roles: [...CARE, 'privacy_officer'], Component: ConsultationsSection },
  { id: 'access', label: 'Who accessed the record', roles: ['privacy_officer'], Component: AccessSection },
  { id: 'reports', label: 'Reports', roles: [...CARE, 'privacy_officer'], Component: ReportsSection },
];
