import { contractProblems, conformsTo, startTestSandbox, type TestSandbox } from './sandbox-http';
import { loadZoom2025UserSpec, loadZoomSpec } from './sandbox-spec';

/**
 * The sandbox answers by either of Zoom's files: the 2023 Meeting API (its default) or the 2025
 * User API, chosen with `apiVersion` or `POST /_sandbox/api-version`. Each answer is checked
 * against its own file in tests/fixtures/zoom/ (docs/zoom-app-setup.md §11).
 */
const spec2023 = loadZoomSpec();
const spec2025 = loadZoom2025UserSpec();
const conforms2023 = conformsTo(spec2023);
const conforms2025 = conformsTo(spec2025);

interface UserList {
  users: Array<{ email: string; type: number; user_created_at?: string }>;
  next_page_token: string;
  total_records: number;
  page_size: number;
}

describe("Zoom sandbox users by Zoom's 2025 User API file", () => {
  let z: TestSandbox;
  afterEach(() => z.close());

  it('gives pages of up to 2000, each as the 2025 file describes it', async () => {
    z = await startTestSandbox({ scenario: 'large', users: 2600, apiVersion: '2025' });
    const token = await z.token();
    const first = await z.api('GET', '/users?status=active&page_size=2000', { token });
    conforms2025('users', first);
    const page = first.json as UserList;
    expect(page.page_size).toBe(2000);
    expect(page.users).toHaveLength(Math.min(2000, page.total_records));
    expect(page.users.every((u) => typeof u.user_created_at === 'string')).toBe(true);
    // The same answer breaks the 2023 file, whose largest page is 300: the files differ here.
    expect(contractProblems(spec2023, 'users', first).join(' ')).toMatch(
      /page_size must be <= 300/,
    );
  });

  it('answers the largest page it allows when asked for more, and says so in page_size', async () => {
    z = await startTestSandbox({ scenario: 'large', users: 2600, apiVersion: '2025' });
    const token = await z.token();
    const answer = await z.api('GET', '/users?page_size=2001', { token });
    conforms2025('users', answer);
    expect((answer.json as UserList).page_size).toBe(2000);
    const refused = await z.api('GET', '/users?page_size=0', { token });
    expect(refused.status).toBe(400);
    conforms2025('users', refused);
  });

  it('switches between the files with its control, keeping to each', async () => {
    z = await startTestSandbox({ scenario: 'large', users: 700 });
    const token = await z.token();
    const classic = await z.api('GET', '/users?page_size=2000', { token });
    conforms2023('users', classic);
    expect((classic.json as UserList).page_size).toBe(300);
    expect((classic.json as UserList).users).toHaveLength(300);

    const switched = await z.control('api-version', { version: '2025' });
    expect(switched.json).toEqual({ api_version: '2025' });
    const current = await z.api('GET', '/users?page_size=2000', { token });
    conforms2025('users', current);
    expect((current.json as UserList).page_size).toBe(2000);

    const bad = await z.control('api-version', { version: '2024' });
    expect(bad.status).toBe(400);
    // A reset loads new people but keeps the chosen file, like the rate limits.
    await z.control('reset', { scenario: 'large', users: 700 });
    const afterReset = await z.api('GET', '/users?page_size=2000', { token: await z.token() });
    expect((afterReset.json as UserList).page_size).toBe(2000);
  });
});
