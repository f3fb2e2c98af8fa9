import type { Organisation, OrganisationProfileInput } from '@laureate/schemas';
import type { Page } from './competition-repository.ts';

export type OrganisationRecord = Organisation;

export interface MembershipRecord {
  organisationId: string;
  userId: string;
  role: 'owner' | 'member';
  joinedAt: string;
}

export interface LogoRecord {
  contentType: 'image/png' | 'image/jpeg' | 'image/webp';
  bytes: Uint8Array;
  updatedAt: string;
}

export interface OrganisationRepository {
  /** Creates the organisation with its first owner, in one transaction. */
  create(organisation: OrganisationRecord, ownerUserId: string): Promise<void>;
  get(organisationId: string): Promise<OrganisationRecord | undefined>;
  update(
    organisationId: string,
    expectedVersion: number,
    changes: Partial<OrganisationProfileInput>,
    now: string,
  ): Promise<OrganisationRecord>;
  listMembers(organisationId: string): Promise<MembershipRecord[]>;
  /** False if the user is already a member. */
  addMember(membership: MembershipRecord): Promise<boolean>;
  removeMember(organisationId: string, userId: string): Promise<void>;
  listDirectory(country: string, cursor?: string): Promise<Page<OrganisationRecord>>;
  /** Stores the logo and stamps `logoUpdatedAt` on the organisation. */
  putLogo(organisationId: string, logo: LogoRecord): Promise<void>;
  getLogo(organisationId: string): Promise<LogoRecord | undefined>;
  deleteLogo(organisationId: string): Promise<void>;
}
