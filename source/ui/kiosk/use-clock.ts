import {useEffect, useState} from 'react';
import {minute as minuteMs, minuteOf, msUntilNextMinute} from '../../core/kiosk/clock.js';

/**
The current wall-clock minute (ms since the epoch, floored). The timer is set afresh from the wall clock each tick,
so it never drifts, and a clock jump (NTP, DST, a manual change) is caught within a minute. Renders once a minute.
*/
export function useMinute(): number {
	const [minute, setMinute] = useState(() => minuteOf(Date.now()));
	useEffect(() => {
		let timer: NodeJS.Timeout | undefined;
		const tick = () => {
			const now = Date.now();
			// The same value is a no-op for React: a timer that fires a little early draws nothing.
			setMinute(minuteOf(now));
			timer = setTimeout(tick, msUntilNextMinute(now));
		};

		timer = setTimeout(tick, msUntilNextMinute(Date.now()));
		return () => {
			clearTimeout(timer);
		};
	}, []);
	return minute * minuteMs;
}
