import { CENTRE_CODE, pairTestDevice, SERVICES } from '../test/support/centre.js';
import { type Session, signIn } from '../test/support/http.js';
import { benchCentre } from './centre-bench.js';

/**
 * `npm run bench`: on PostgreSQL, KIOSKS paired kiosks issue tickets over HTTP at once, for the
 * three services of a centre whose two counters call and serve meanwhile, as on a busy morning;
 * the 95th percentile of the time a kiosk waits for its ticket (the first WARM_UP are not counted).
 * Target: under 20 ms.
 */
const KIOSKS = 4;
const TICKETS_PER_KIOSK = 150;
const WARM_UP = 40;

await benchCentre(async ({ db, centre, app, base }) => {
  const kiosks = await Promise.all(Array.from({ length: KIOSKS }, () => pairTestDevice(db, centre, 'kiosk')));
  const officers = [await signIn(app, 'reception'), await signIn(app, 'reception2', 'test-password-123')];
  await officers[0]!.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/1/open`);
  await officers[1]!.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/2/open`);
  const services = Object.values(SERVICES).map((service) => service.code);

  const latencies: number[] = [];
  let issuing = true;
  const kioskRun = async (token: string, kiosk: number) => {
    for (let index = 0; index < TICKETS_PER_KIOSK; index++) {
      const started = performance.now();
      const response = await fetch(`${base}/api/public/centres/${CENTRE_CODE}/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Device ${token}` },
        body: JSON.stringify({ service: services[(index + kiosk) % services.length] }),
      });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`ticket issue answered ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  // The counters keep calling and serving while the kiosks issue: the numbers' rows and the queue are busy, as in a real morning.
  const counterRun = async (officer: Session) => {
    while (issuing) {
      const called = await officer.request('POST', '/api/v1/counters/mine/call-next');
      // Nobody waiting: the officer looks up again a moment later rather than pressing the button in a loop.
      if (called.statusCode !== 200) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      await officer.request('POST', '/api/v1/counters/mine/start');
      await officer.request('POST', '/api/v1/counters/mine/finish');
    }
  };
  const counters = officers.map(counterRun);
  await Promise.all(kiosks.map((kiosk, index) => kioskRun(kiosk.token, index)));
  issuing = false;
  await Promise.all(counters);

  const measured = latencies.slice(WARM_UP).sort((a, b) => a - b);
  const p95 = measured[Math.floor(measured.length * 0.95)]!;
  const median = measured[Math.floor(measured.length / 2)]!;
  console.log(
    `tickets   issue p95 ${p95.toFixed(1)} ms (target < 20 ms); median ${median.toFixed(1)} ms over ${measured.length} tickets from ${KIOSKS} kiosks at once, two counters calling`,
  );
});
