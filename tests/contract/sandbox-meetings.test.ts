import { edgePeople, nonprofitPeople } from '../../electron/sandbox/constants';
import { codeOf, conformsTo, startTestSandbox, type TestSandbox } from './sandbox-http';
import { loadZoomSpec } from './sandbox-spec';

const conforms = conformsTo(loadZoomSpec());

/** Meeting ids read from the raw JSON text, digits intact. */
function rawMeetingIds(text: string): string[] {
  return [...text.matchAll(/"id":(\d+)/g)].map((m) => m[1] ?? '');
}

interface MeetingList {
  meetings: Array<{ topic: string }>;
  total_records: number;
  next_page_token: string;
}

describe("Zoom sandbox meetings, assistants and schedulers, against Zoom's OpenAPI file", () => {
  let z: TestSandbox;
  let owner: string;
  let coAdmin: string;
  let member: string;

  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    owner = await z.token({ email: nonprofitPeople.owner.email });
    coAdmin = await z.token({ email: nonprofitPeople.coAdmin.email });
    member = await z.token({ email: nonprofitPeople.member.email });
  });
  afterEach(() => z.close());

  async function firstUpcomingId(): Promise<string> {
    const list = await z.api('GET', '/users/me/meetings?type=upcoming', { token: owner });
    const id = rawMeetingIds(list.text)[0];
    if (!id) throw new Error(`No meetings: ${list.text}`);
    return id;
  }

  it("lists the owner's meetings by type, with 64-bit ids that survive as text", async () => {
    const upcoming = await z.api('GET', '/users/me/meetings?type=upcoming', { token: owner });
    conforms('meetings', upcoming);
    expect((upcoming.json as MeetingList).meetings).toHaveLength(3);
    const previous = await z.api('GET', '/users/me/meetings?type=previous_meetings', {
      token: owner,
    });
    conforms('meetings', previous);
    expect((previous.json as MeetingList).meetings.map((m) => m.topic)).toEqual([
      'Holiday food drive wrap-up',
    ]);
    const scheduled = await z.api('GET', '/users/me/meetings', { token: owner });
    expect((scheduled.json as MeetingList).total_records).toBe(4);

    const ids = rawMeetingIds(upcoming.text);
    expect(ids).toHaveLength(3);
    for (const id of ids) {
      expect(BigInt(id) > 2n ** 53n).toBe(true);
      // A plain JSON.parse would round these: the sandbox really sends more digits than a double holds.
      expect(String(Number(id))).not.toBe(id);
      const detail = await z.api('GET', `/meetings/${id}`, { token: owner });
      conforms('meeting', detail);
      expect(rawMeetingIds(detail.text)[0]).toBe(id);
    }
  });

  it('pages meeting lists and rejects an unknown type', async () => {
    const first = await z.api('GET', '/users/me/meetings?page_size=2', { token: owner });
    conforms('meetings', first);
    const page = first.json as MeetingList;
    expect(page.meetings).toHaveLength(2);
    const second = await z.api(
      'GET',
      `/users/me/meetings?page_size=2&next_page_token=${page.next_page_token}`,
      { token: owner },
    );
    expect((second.json as MeetingList).meetings).toHaveLength(2);
    expect((second.json as MeetingList).next_page_token).toBe('');

    const bogus = await z.api('GET', '/users/me/meetings?type=someday', { token: owner });
    expect([bogus.status, codeOf(bogus)]).toEqual([400, 300]);
    conforms('meetings', bogus);
    const unknown = await z.api('GET', '/users/nobody@example.com/meetings', { token: owner });
    expect([unknown.status, codeOf(unknown)]).toEqual([404, 1001]);
    conforms('meetings', unknown);
  });

  it("shows the co-admin none of the owner's meetings in her own list, though she is alternative host", async () => {
    const own = await z.api('GET', '/users/me/meetings?type=upcoming', { token: coAdmin });
    conforms('meetings', own);
    expect((own.json as MeetingList).meetings).toEqual([]);
    const id = await firstUpcomingId();
    const detail = await z.api('GET', `/meetings/${id}`, { token: owner });
    expect(
      (detail.json as { settings: { alternative_hosts: string } }).settings.alternative_hosts,
    ).toBe(nonprofitPeople.coAdmin.email);
  });

  it('answers 3001 for an unknown meeting and 3000 to a member who is not the host', async () => {
    const missing = await z.api('GET', '/meetings/9007199254740993', { token: owner });
    expect([missing.status, codeOf(missing)]).toEqual([404, 3001]);
    conforms('meeting', missing);
    const id = await firstUpcomingId();
    const stranger = await z.api('GET', `/meetings/${id}`, { token: member });
    expect([stranger.status, codeOf(stranger)]).toEqual([400, 3000]);
    conforms('meeting', stranger);
  });

  it('sets alternative hosts with PATCH, and refuses people who cannot be one', async () => {
    const id = await firstUpcomingId();
    const both = `${nonprofitPeople.coAdmin.email};${nonprofitPeople.member.email}`;
    const ok = await z.api('PATCH', `/meetings/${id}`, {
      token: owner,
      body: { settings: { alternative_hosts: both } },
    });
    expect(ok.status).toBe(204);
    conforms('meetingUpdate', ok);
    const after = await z.api('GET', `/meetings/${id}`, { token: owner });
    expect(
      (after.json as { settings: { alternative_hosts: string } }).settings.alternative_hosts,
    ).toBe(both);

    const notHost = await z.api('PATCH', `/meetings/${id}`, {
      token: member,
      body: { topic: 'Mine now' },
    });
    expect([notHost.status, codeOf(notHost)]).toEqual([400, 3003]);
    conforms('meetingUpdate', notHost);

    const outsider = await z.api('PATCH', `/meetings/${id}`, {
      token: owner,
      body: { settings: { alternative_hosts: 'stranger@example.com' } },
    });
    expect([outsider.status, codeOf(outsider)]).toEqual([400, 1010]);
    conforms('meetingUpdate', outsider);

    const pendingPerson = await z.api('PATCH', `/meetings/${id}`, {
      token: owner,
      body: { settings: { alternative_hosts: nonprofitPeople.pendingToday.email } },
    });
    expect(codeOf(pendingPerson)).toBe(1010);

    const badType = await z.api('PATCH', `/meetings/${id}`, {
      token: owner,
      body: { duration: 'long' },
    });
    expect([badType.status, codeOf(badType)]).toEqual([400, 300]);
    conforms('meetingUpdate', badType);

    const missing = await z.api('PATCH', '/meetings/123', { token: owner, body: { topic: 'x' } });
    expect([missing.status, codeOf(missing)]).toEqual([404, 3001]);
    conforms('meetingUpdate', missing);
  });

  it('refuses a Basic alternative host (edge scenario)', async () => {
    await z.control('reset', { scenario: 'edge' });
    const token = await z.token();
    const list = await z.api('GET', '/users/me/meetings', { token });
    const id = rawMeetingIds(list.text)[0] ?? '';
    const basic = await z.api('PATCH', `/meetings/${id}`, {
      token,
      body: { settings: { alternative_hosts: edgePeople.basicUser.email } },
    });
    expect([basic.status, codeOf(basic)]).toEqual([400, 1114]);
    conforms('meetingUpdate', basic);
  });

  it('grants and removes scheduling privilege; the assistant then sees the host as a scheduler', async () => {
    const none = await z.api('GET', '/users/me/assistants', { token: owner });
    conforms('userAssistants', none);
    expect(none.json).toEqual({ assistants: [] });

    const added = await z.api('POST', '/users/me/assistants', {
      token: owner,
      body: { assistants: [{ email: nonprofitPeople.coAdmin.email }] },
    });
    expect(added.status).toBe(201);
    conforms('userAssistantCreate', added);

    const list = await z.api('GET', '/users/me/assistants', { token: owner });
    conforms('userAssistants', list);
    const assistant = (list.json as { assistants: Array<{ id: string; email: string }> })
      .assistants[0];
    expect(assistant?.email).toBe(nonprofitPeople.coAdmin.email);

    const schedulers = await z.api('GET', '/users/me/schedulers', { token: coAdmin });
    conforms('userSchedulers', schedulers);
    expect(
      (schedulers.json as { schedulers: Array<{ email: string }> }).schedulers.map((s) => s.email),
    ).toEqual([nonprofitPeople.owner.email]);
    // Someone without scheduling privilege still cannot reach the owner's meetings.
    const asAssistant = await z.api('GET', `/users/${nonprofitPeople.owner.email}/meetings`, {
      token: member,
    });
    expect(codeOf(asAssistant)).toBe(4700);

    const again = await z.api('POST', '/users/me/assistants', {
      token: owner,
      body: { assistants: [{ email: nonprofitPeople.coAdmin.email }] },
    });
    expect([again.status, codeOf(again)]).toEqual([400, 200]);
    conforms('userAssistantCreate', again);
    const self = await z.api('POST', '/users/me/assistants', {
      token: owner,
      body: { assistants: [{ email: nonprofitPeople.owner.email }] },
    });
    expect(codeOf(self)).toBe(200);
    const tooMany = await z.api('POST', '/users/me/assistants', {
      token: owner,
      body: { assistants: Array.from({ length: 31 }, (_, i) => ({ email: `p${i}@example.com` })) },
    });
    expect([tooMany.status, codeOf(tooMany)]).toEqual([400, 300]);
    conforms('userAssistantCreate', tooMany);
    const missingUser = await z.api('POST', '/users/nobody@example.com/assistants', {
      token: owner,
      body: { assistants: [{ email: nonprofitPeople.coAdmin.email }] },
    });
    expect([missingUser.status, codeOf(missingUser)]).toEqual([404, 1001]);
    conforms('userAssistantCreate', missingUser);

    const removedOne = await z.api('DELETE', `/users/me/assistants/${assistant?.id ?? ''}`, {
      token: owner,
    });
    expect(removedOne.status).toBe(204);
    conforms('userAssistantDelete', removedOne);
    const removedAgain = await z.api('DELETE', `/users/me/assistants/${assistant?.id ?? ''}`, {
      token: owner,
    });
    expect([removedAgain.status, codeOf(removedAgain)]).toEqual([404, 1001]);
    conforms('userAssistantDelete', removedAgain);

    await z.api('POST', '/users/me/assistants', {
      token: owner,
      body: { assistants: [{ email: nonprofitPeople.coAdmin.email }] },
    });
    const removedAll = await z.api('DELETE', '/users/me/assistants', { token: owner });
    expect(removedAll.status).toBe(204);
    conforms('userAssistantsDelete', removedAll);
    const noneAgain = await z.api('GET', '/users/me/schedulers', { token: coAdmin });
    expect(noneAgain.json).toEqual({ schedulers: [] });

    const unknownList = await z.api('GET', '/users/nobody@example.com/assistants', {
      token: owner,
    });
    expect(codeOf(unknownList)).toBe(1001);
    conforms('userAssistants', unknownList);
    const unknownSchedulers = await z.api('GET', '/users/nobody@example.com/schedulers', {
      token: owner,
    });
    expect(codeOf(unknownSchedulers)).toBe(1001);
    conforms('userSchedulers', unknownSchedulers);
    const unknownDelete = await z.api('DELETE', '/users/nobody@example.com/assistants', {
      token: owner,
    });
    expect(codeOf(unknownDelete)).toBe(1001);
    conforms('userAssistantsDelete', unknownDelete);
  });

  it("lets a host's assistant read and edit the host's meetings", async () => {
    await z.api('POST', '/users/me/assistants', {
      token: owner,
      body: { assistants: [{ email: nonprofitPeople.member.email }] },
    });
    const id = await firstUpcomingId();
    const list = await z.api('GET', `/users/${nonprofitPeople.owner.email}/meetings`, {
      token: member,
    });
    expect(list.status).toBe(200);
    const edit = await z.api('PATCH', `/meetings/${id}`, {
      token: member,
      body: { agenda: 'Bring the sign-up sheets.' },
    });
    expect(edit.status).toBe(204);
  });
});
