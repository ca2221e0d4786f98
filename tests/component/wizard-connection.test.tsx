import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import type { ConnectionCheck, ConnectionMeasured } from '../../shared/connection-advice';
import { inviteeAt } from '../support/invitee-api';
import { renderWithApp } from '../support/render-app';

const at = '2026-12-03T10:00:00.000Z';

function measured(overrides: Partial<ConnectionMeasured> = {}): ConnectionMeasured {
  return {
    status: 'measured',
    target: 'demo-zoom',
    host: '127.0.0.1:4123',
    measuredAt: at,
    roundTripMs: 35,
    downloadKbps: 24_000,
    uploadKbps: 9_400,
    notMeasured: {},
    ...overrides,
  };
}

const offline: ConnectionCheck = {
  status: 'offline',
  target: 'demo-zoom',
  host: '127.0.0.1:4123',
  measuredAt: at,
};

/** The sound and camera step, its connection check answering each of `answers` in turn. */
async function soundStep(answers: ReadonlyArray<ConnectionCheck>) {
  const { api } = await inviteeAt('sound-camera');
  let calls = 0;
  api.checkConnection = async () => {
    const answer = answers[Math.min(calls, answers.length - 1)];
    calls += 1;
    if (!answer) throw new Error('no answer scripted');
    return answer;
  };
  const rendered = renderWithApp(<App />, api);
  await screen.findByRole('heading', { name: 'Your internet connection' });
  return { ...rendered, calls: () => calls };
}

describe('the connection check before the test meeting', () => {
  it('fine: says so, with each figure and where it was measured', async () => {
    await soundStep([measured()]);
    expect(await screen.findByText('Your connection is fine for Zoom with video.')).toBeTruthy();
    expect(screen.getByText('Time to reach Zoom and back: 35 ms (milliseconds)')).toBeTruthy();
    expect(screen.getByText('Speed from Zoom to you: 24 Mbps')).toBeTruthy();
    expect(screen.getByText('Speed from you to Zoom: 9.4 Mbps')).toBeTruthy();
    expect(
      screen.getByText(
        /Measured just now from this computer to the demo Zoom \(127\.0\.0\.1:4123\)/,
      ),
    ).toBeTruthy();
    // It sits before Zoom's test meeting, in the same step.
    const check = screen.getByRole('heading', { name: 'Your internet connection' });
    const meeting = screen.getByRole('button', { name: "Open Zoom's test meeting" });
    expect(check.compareDocumentPosition(meeting) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('puts the figures, and where they were measured from, in the message for the admin', async () => {
    await soundStep([measured()]);
    await screen.findByText('Your connection is fine for Zoom with video.');
    await userEvent.setup().click(screen.getByRole('button', { name: "I'm stuck" }));
    const message = screen.getByLabelText('Message to your admin') as HTMLTextAreaElement;
    expect(message.value).toContain(
      'Connection to Zoom (127.0.0.1:4123), measured from this computer: 35 ms there and back; Zoom to me 24 Mbps; me to Zoom 9.4 Mbps.',
    );
  });

  it('slow: advises turning off video if the picture freezes, and says which figure is short', async () => {
    await soundStep([measured({ downloadKbps: 450, uploadKbps: 700 })]);
    expect(
      await screen.findByText(/Your connection is a bit slow for video\. If your picture freezes/),
    ).toBeTruthy();
    expect(screen.getByText('Zoom sends you less than video needs.')).toBeTruthy();
    expect(screen.getByText('You can send Zoom less than video needs.')).toBeTruthy();
    expect(screen.getByText('Speed from Zoom to you: 450 kbps')).toBeTruthy();
    expect(screen.queryByText(/Join by phone/)).toBeNull();
  });

  it('very slow: advises joining by phone with the dial-in numbers from the invitation', async () => {
    await soundStep([measured({ downloadKbps: 60, uploadKbps: 40 })]);
    expect(
      await screen.findByText(
        /Join by phone instead\. Use the dial-in numbers in the meeting invitation\./,
      ),
    ).toBeTruthy();
    expect(screen.getByText('You can send Zoom less than sound alone needs.')).toBeTruthy();
  });

  it('real Zoom: says sending speed was not measured, and why', async () => {
    await soundStep([
      measured({
        target: 'zoom',
        host: 'zoom.us',
        uploadKbps: null,
        notMeasured: { upload: 'no-endpoint' },
      }),
    ]);
    expect(await screen.findByText(/Speed from you to Zoom: not measured\./)).toBeTruthy();
    expect(
      screen.getByText(/Measured just now from this computer to Zoom's servers \(zoom\.us\)/),
    ).toBeTruthy();
  });

  it('offline: one plain sentence, then measures by itself when back online; nothing is lost', async () => {
    const user = userEvent.setup();
    const { calls, store } = await soundStep([offline, measured()]);
    expect(
      await screen.findByText(/This computer is not connected to the internet right now/),
    ).toBeTruthy();
    expect(screen.queryByText(/Speed from Zoom to you/)).toBeNull();
    expect(screen.queryByText(/Checking your connection/)).toBeNull();
    // What the person did on this step stays as it was.
    await user.click(screen.getByRole('button', { name: 'I did not hear it' }));
    expect(screen.getByText(/Turn up your volume/)).toBeTruthy();

    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('Your connection is fine for Zoom with video.')).toBeTruthy();
    expect(screen.queryByText(/not connected to the internet/)).toBeNull();
    expect(calls()).toBe(2);
    expect(screen.getByText(/Turn up your volume/)).toBeTruthy();
    expect(store.getState().progress?.currentStep).toBe('sound-camera');
  });

  it('"Check my connection again" measures again and shows the new answer', async () => {
    const user = userEvent.setup();
    const { calls } = await soundStep([measured(), measured({ downloadKbps: 300 })]);
    await screen.findByText('Your connection is fine for Zoom with video.');
    await user.click(screen.getByRole('button', { name: 'Check my connection again' }));
    expect(await screen.findByText(/a bit slow for video/)).toBeTruthy();
    await waitFor(() => expect(calls()).toBe(2));
  });

  it('speaks Spanish', async () => {
    const { api, backend } = await inviteeAt('sound-camera');
    await backend.handlers.updateSettings({ language: 'es' });
    api.checkConnection = async () => measured({ downloadKbps: 60 });
    renderWithApp(<App />, api, 'es');
    expect(await screen.findByRole('heading', { name: 'Su conexión a internet' })).toBeTruthy();
    expect(await screen.findByText(/Mejor únase por teléfono/)).toBeTruthy();
  });
});
