import {
  AcceptOrganisationInvitationRequest,
  DirectoryPage,
  DirectoryQuery,
  Invitation,
  InviteMemberRequest,
  MemberList,
  MemberParams,
  Organisation,
  OrganisationIdParams,
  OrganisationProfileInput,
  UpdateOrganisationRequest,
  UploadLogoRequest,
} from '@laureate/schemas';
import { z } from 'zod';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { DomainError } from '#domain/errors';
import { MAX_LOGO_BYTES, sniffImageType } from '#domain/image-type';
import { pickLocalized } from '#domain/localized-text';
import { can } from '#domain/permissions';
import { tokenExpiry } from '#domain/token-policy';
import { organisationInvitation } from '#mail/email-templates';
import { defineRoute } from '../define-route.ts';
import { sendLinkEmail } from '../email-links.ts';
import { resolveCaller, signedInCaller } from '../middleware/session.ts';
import { consumeLink, peekLink } from '../one-time-link.ts';
import { jsonContent, jsonBody } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const createOrganisation = defineRoute({
  method: 'post',
  path: '/organisations',
  tags: ['organisations'],
  summary: 'Register an organisation; you become its owner',
  access: 'signed-in',
  request: { body: jsonBody(OrganisationProfileInput) },
  responses: {
    201: { description: 'Created', content: jsonContent(Organisation) },
    ...problemResponses(400, 401),
  },
});

const getOrganisation = defineRoute({
  method: 'get',
  path: '/organisations/{organisationId}',
  tags: ['organisations'],
  summary: "An organisation's full profile (members only)",
  access: 'organisation-member',
  request: { params: OrganisationIdParams },
  responses: {
    200: { description: 'The organisation', content: jsonContent(Organisation) },
    ...problemResponses(401, 404),
  },
});

const updateOrganisation = defineRoute({
  method: 'patch',
  path: '/organisations/{organisationId}',
  tags: ['organisations'],
  summary: 'Edit the profile; send the version you read',
  access: 'organisation-member',
  request: { params: OrganisationIdParams, body: jsonBody(UpdateOrganisationRequest) },
  responses: {
    200: { description: 'Updated', content: jsonContent(Organisation) },
    ...problemResponses(400, 401, 404, 409),
  },
});

const listMembers = defineRoute({
  method: 'get',
  path: '/organisations/{organisationId}/members',
  tags: ['organisations'],
  summary: 'Members and their roles',
  access: 'organisation-member',
  request: { params: OrganisationIdParams },
  responses: {
    200: { description: 'Members', content: jsonContent(MemberList) },
    ...problemResponses(401, 404),
  },
});

const removeMember = defineRoute({
  method: 'delete',
  path: '/organisations/{organisationId}/members/{userId}',
  tags: ['organisations'],
  summary: 'Remove a member (owners only); the last owner cannot be removed',
  access: 'organisation-owner',
  request: { params: MemberParams },
  responses: { 204: { description: 'Removed' }, ...problemResponses(401, 403, 404, 409) },
});

const inviteMember = defineRoute({
  method: 'post',
  path: '/organisations/{organisationId}/invitations',
  tags: ['organisations'],
  summary: 'Invite someone by email (owners only)',
  access: 'organisation-owner',
  request: { params: OrganisationIdParams, body: jsonBody(InviteMemberRequest) },
  responses: {
    201: { description: 'Invitation sent', content: jsonContent(Invitation) },
    ...problemResponses(400, 401, 403, 404),
  },
});

const acceptInvitation = defineRoute({
  method: 'post',
  path: '/organisation-invitations/accept',
  tags: ['organisations'],
  summary: 'Join an organisation with an emailed invitation',
  access: 'signed-in',
  request: { body: jsonBody(AcceptOrganisationInvitationRequest) },
  responses: {
    200: { description: 'Joined', content: jsonContent(Organisation) },
    ...problemResponses(400, 401, 403),
  },
});

const directory = defineRoute({
  method: 'get',
  path: '/directory',
  tags: ['organisations'],
  summary: 'Organisations of one country that chose to be listed publicly',
  access: 'public',
  request: { query: DirectoryQuery },
  responses: {
    200: { description: 'A page of the directory', content: jsonContent(DirectoryPage) },
    ...problemResponses(400),
  },
});

const uploadLogo = defineRoute({
  method: 'put',
  path: '/organisations/{organisationId}/logo',
  tags: ['organisations'],
  summary: 'Set the logo: PNG, JPEG or WebP, at most 200 KB, sent as base64',
  description: 'The type is read from the bytes, not from any name or header; SVG is refused.',
  access: 'organisation-member',
  request: { params: OrganisationIdParams, body: jsonBody(UploadLogoRequest) },
  responses: {
    200: { description: 'Stored', content: jsonContent(Organisation) },
    ...problemResponses(400, 401, 404, 413, 415),
  },
});

const removeLogo = defineRoute({
  method: 'delete',
  path: '/organisations/{organisationId}/logo',
  tags: ['organisations'],
  summary: 'Remove the logo',
  access: 'organisation-member',
  request: { params: OrganisationIdParams },
  responses: { 204: { description: 'Removed' }, ...problemResponses(401, 404) },
});

const readLogo = defineRoute({
  method: 'get',
  path: '/organisations/{organisationId}/logo',
  tags: ['organisations'],
  summary:
    'The logo image: public for organisations listed in the directory, else for members only',
  access: 'public',
  request: { params: OrganisationIdParams },
  responses: {
    200: {
      description: 'The image',
      content: {
        'image/png': { schema: z.string().meta({ format: 'binary' }) },
        'image/jpeg': { schema: z.string().meta({ format: 'binary' }) },
        'image/webp': { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...problemResponses(404),
  },
});

export const organisationRoutes = createRouter()
  .openapi(createOrganisation, async (c) => {
    const input = c.req.valid('json');
    const { user } = signedInCaller(c);
    const { organisations, audit, clock } = c.var.deps;
    const now = clock.now().toISOString();
    const organisation = {
      id: `org-${newSecretToken().token.slice(0, 16)}`,
      ...input,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await organisations.create(organisation, user.id);
    await audit.append({
      scope: `ORG#${organisation.id}`,
      action: 'organisation.created',
      actorId: user.id,
      at: now,
      details: { organisationId: organisation.id },
    });
    return c.json(organisation, 201);
  })
  .openapi(getOrganisation, async (c) => {
    const organisation = await c.var.deps.organisations.get(c.req.valid('param').organisationId);
    if (!organisation) throw new DomainError('resource/not-found', 'No such organisation');
    return c.json(organisation, 200);
  })
  .openapi(updateOrganisation, async (c) => {
    const { organisationId } = c.req.valid('param');
    const { version, ...changes } = c.req.valid('json');
    const { user } = signedInCaller(c);
    const now = c.var.deps.clock.now().toISOString();
    const updated = await c.var.deps.organisations.update(organisationId, version, changes, now);
    await c.var.deps.audit.append({
      scope: `ORG#${organisationId}`,
      action: 'organisation.updated',
      actorId: user.id,
      at: now,
      details: { fields: Object.keys(changes).join(','), version: updated.version },
    });
    return c.json(updated, 200);
  })
  .openapi(listMembers, async (c) => {
    const { organisationId } = c.req.valid('param');
    const memberships = await c.var.deps.organisations.listMembers(organisationId);
    const users = await Promise.all(
      memberships.map((membership) => c.var.deps.accounts.getUser(membership.userId)),
    );
    const items = memberships.flatMap((membership, index) => {
      const user = users[index];
      return user
        ? [
            {
              userId: user.id,
              displayName: user.displayName,
              email: user.email,
              role: membership.role,
              joinedAt: membership.joinedAt,
            },
          ]
        : [];
    });
    return c.json({ items }, 200);
  })
  .openapi(removeMember, async (c) => {
    const { organisationId, userId } = c.req.valid('param');
    const { organisations, audit, clock } = c.var.deps;
    const members = await organisations.listMembers(organisationId);
    const target = members.find((member) => member.userId === userId);
    if (!target) throw new DomainError('resource/not-found', 'No such member');
    if (
      target.role === 'owner' &&
      members.filter((member) => member.role === 'owner').length === 1
    ) {
      throw new DomainError('organisation/last-owner', 'Make someone else an owner first');
    }
    await organisations.removeMember(organisationId, userId);
    await audit.append({
      scope: `ORG#${organisationId}`,
      action: 'organisation.member-removed',
      actorId: signedInCaller(c).user.id,
      at: clock.now().toISOString(),
      details: { userId },
    });
    return c.body(null, 204);
  })
  .openapi(inviteMember, async (c) => {
    const { organisationId } = c.req.valid('param');
    const { email, role, locale } = c.req.valid('json');
    const { user } = signedInCaller(c);
    const { organisations, audit, clock } = c.var.deps;
    const organisation = await organisations.get(organisationId);
    if (!organisation) throw new DomainError('resource/not-found', 'No such organisation');
    const language = locale ?? user.locale;
    const name = pickLocalized(organisation.name, language);
    await sendLinkEmail(c, {
      purpose: 'organisation-invitation',
      to: email,
      locale: language,
      grant: { organisationId, role, invitedBy: user.id },
      render: (link) =>
        organisationInvitation[language]({ inviter: user.displayName, organisation: name, link }),
    });
    const now = clock.now();
    await audit.append({
      scope: `ORG#${organisationId}`,
      action: 'organisation.member-invited',
      actorId: user.id,
      at: now.toISOString(),
      details: { role },
    });
    const expiresAt = new Date(tokenExpiry('organisation-invitation', now) * 1000).toISOString();
    return c.json({ email, role, expiresAt }, 201);
  })
  .openapi(acceptInvitation, async (c) => {
    const { user } = signedInCaller(c);
    const { organisations, audit, clock } = c.var.deps;
    const { token } = c.req.valid('json');
    // The link is a bearer secret, but only for the person it was sent to; checked before use.
    const preview = await peekLink(c, token, 'organisation-invitation');
    if (preview.email !== user.email) {
      throw new DomainError(
        'token/wrong-recipient',
        `Sign in as ${preview.email} to accept this invitation`,
      );
    }
    const link = await consumeLink(c, token, 'organisation-invitation');
    const organisationId = link.organisationId!;
    const now = clock.now().toISOString();
    await organisations.addMember({
      organisationId,
      userId: user.id,
      role: link.role === 'owner' ? 'owner' : 'member',
      joinedAt: now,
    });
    await audit.append({
      scope: `ORG#${organisationId}`,
      action: 'organisation.member-joined',
      actorId: user.id,
      at: now,
    });
    const organisation = await organisations.get(organisationId);
    if (!organisation)
      throw new DomainError('resource/not-found', 'The organisation no longer exists');
    return c.json(organisation, 200);
  })
  .openapi(directory, async (c) => {
    const { country, cursor } = c.req.valid('query');
    const page = await c.var.deps.organisations.listDirectory(country, cursor);
    const items = page.items.map(
      ({ version: _v, createdAt: _c, updatedAt: _u, ...entry }) => entry,
    );
    return c.json({ items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
  })
  .openapi(uploadLogo, async (c) => {
    const { organisationId } = c.req.valid('param');
    const bytes = Uint8Array.from(Buffer.from(c.req.valid('json').dataBase64, 'base64'));
    if (bytes.length > MAX_LOGO_BYTES) {
      throw new DomainError('request/too-large', 'The logo must be at most 200 KB');
    }
    const contentType = sniffImageType(bytes);
    if (!contentType)
      throw new DomainError('organisation/logo-type', 'Not a PNG, JPEG or WebP image');
    const { organisations, audit, clock } = c.var.deps;
    const now = clock.now().toISOString();
    await organisations.putLogo(organisationId, { contentType, bytes, updatedAt: now });
    await audit.append({
      scope: `ORG#${organisationId}`,
      action: 'organisation.logo-set',
      actorId: signedInCaller(c).user.id,
      at: now,
      details: { contentType, bytes: bytes.length },
    });
    const organisation = await organisations.get(organisationId);
    if (!organisation) throw new DomainError('resource/not-found', 'No such organisation');
    return c.json(organisation, 200);
  })
  .openapi(removeLogo, async (c) => {
    const { organisationId } = c.req.valid('param');
    await c.var.deps.organisations.deleteLogo(organisationId);
    return c.body(null, 204);
  })
  .openapi(readLogo, async (c) => {
    const { organisationId } = c.req.valid('param');
    const { organisations } = c.var.deps;
    const organisation = await organisations.get(organisationId);
    const caller =
      organisation && !organisation.listedInDirectory ? await resolveCaller(c) : undefined;
    // An unlisted organisation's logo is as private as the organisation itself.
    const visible =
      organisation &&
      (organisation.listedInDirectory ||
        can(caller?.actor, 'organisation-member', { organisationId }).allowed);
    const logo = visible ? await organisations.getLogo(organisationId) : undefined;
    if (!organisation || !logo) throw new DomainError('resource/not-found', 'No logo here');
    return c.body(Buffer.from(logo.bytes), 200, {
      'content-type': logo.contentType,
      'cache-control': organisation.listedInDirectory
        ? 'public, max-age=300'
        : 'private, max-age=300',
    });
  });
