import {useEffect, useState} from 'react';
import {msUntilNextMinute} from '../../core/kiosk/clock.js';

/**
The wall-clock time (epoch ms) as of the last tick. It ticks at every new minute, and at `wakeAt` when that comes
sooner (a notice starts or ends, the clinic opens). Each timer is set afresh from the wall clock, so it never drifts,
and a clock jump (NTP, DST, a manual change) is caught within a minute.
*/
export function useNow(wakeAt?: number): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		let timer: NodeJS.Timeout | undefined;
		const arm = () => {
			const current = Date.now();
			const untilWake = wakeAt !== undefined && wakeAt > current ? wakeAt - current : Number.POSITIVE_INFINITY;
			timer = setTimeout(tick, Math.min(msUntilNextMinute(current), untilWake));
		};

		const tick = () => {
			setNow(Date.now());
			arm();
		};

		arm();
		return () => {
			clearTimeout(timer);
		};
	}, [wakeAt]);
	return now;
}
