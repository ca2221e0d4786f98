import { groupMeetingId, meetingIdDigits } from '../../shared/meeting-id';

describe('meeting IDs for reading aloud and for pasting', () => {
  it('groups them as Zoom prints them', () => {
    expect(groupMeetingId('3330057414')).toBe('333 005 7414');
    expect(groupMeetingId('98765432100')).toBe('987 6543 2100');
    expect(groupMeetingId('123456789')).toBe('123 456 789');
    expect(groupMeetingId('1234567')).toBe('123 456 7');
  });

  it('copies digits only, however the ID was written', () => {
    expect(meetingIdDigits('333 005 7414')).toBe('3330057414');
    expect(meetingIdDigits(groupMeetingId('3330057414'))).toBe('3330057414');
  });

  it('leaves anything that is not a meeting number as it came', () => {
    expect(groupMeetingId('')).toBe('');
    expect(groupMeetingId('abc123')).toBe('abc123');
    expect(groupMeetingId('333 005 7414')).toBe('333 005 7414');
  });
});
