import { EventEmitter } from 'node:events';
import {
  ArrivalQueue,
  arrivalsInArgv,
  listenForArrivals,
  type Arrival,
} from '../../electron/main/invitation-entry';

describe('links and files from outside the window', () => {
  it('finds readyroom: links and .readyroom files on a command line, nothing else', () => {
    expect(
      arrivalsInArgv([
        'C:\\Program Files\\ReadyRoom\\ReadyRoom.exe',
        '--allow-file-access-from-files',
        'readyroom://invite?p=abc',
        'C:\\Users\\robert\\Downloads\\invite.readyroom',
        '.',
        'notes.txt',
      ]),
    ).toEqual([
      { kind: 'link', url: 'readyroom://invite?p=abc' },
      { kind: 'file', path: 'C:\\Users\\robert\\Downloads\\invite.readyroom' },
    ]);
    expect(arrivalsInArgv(['readyroom://the-executable-itself'])).toEqual([]);
  });

  it('keeps what arrives before the backend is ready, in order, then hands everything on', () => {
    const queue = new ArrivalQueue();
    const seen: Arrival[] = [];
    queue.push({ kind: 'link', url: 'readyroom://1' });
    queue.push({ kind: 'focus' });
    queue.connect((a) => seen.push(a));
    queue.push({ kind: 'file', path: '/x.readyroom' });
    expect(seen).toEqual([
      { kind: 'link', url: 'readyroom://1' },
      { kind: 'focus' },
      { kind: 'file', path: '/x.readyroom' },
    ]);
  });

  it('listens for open-url, open-file and second launches, and reads this launch', () => {
    const app = new EventEmitter();
    const queue = new ArrivalQueue();
    const seen: Arrival[] = [];
    listenForArrivals(app as never, ['/usr/bin/readyroom', 'readyroom://launch'], queue);
    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    app.emit('open-url', event, 'readyroom://mac');
    app.emit('open-file', event, '/Users/robert/invite.readyroom');
    app.emit('second-instance', {}, ['/usr/bin/readyroom', 'readyroom://again'], '/');
    app.emit('second-instance', {}, ['/usr/bin/readyroom'], '/');
    queue.connect((a) => seen.push(a));
    expect(seen).toEqual([
      { kind: 'link', url: 'readyroom://launch' },
      { kind: 'link', url: 'readyroom://mac' },
      { kind: 'file', path: '/Users/robert/invite.readyroom' },
      { kind: 'link', url: 'readyroom://again' },
      { kind: 'focus' },
    ]);
    expect(prevented).toBe(2);
  });
});
