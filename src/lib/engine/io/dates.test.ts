import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectDateFormat, parseDate } from './dates';

const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, mi, s, ms);

describe('detectDateFormat', () => {
	test.each([
		[['10/31/2011 10:42', '1/2/2011 9:05'], 'M/D/YYYY H:mm'],
		[['31-10-2011', '01-02-2011'], 'D-M-YYYY'],
		[['2011-03-10 16:16:00', '2011-12-01 08:00:59'], 'YYYY-MM-DD HH:mm:ss'],
		[['2011-03-10'], 'YYYY-MM-DD'],
		[['2011-3-9', '2011-12-10'], 'YYYY-M-D'],
		[['2011/03/10'], 'YYYY/MM/DD'],
		[['2011-03-10T16:16:00Z', '2011-03-10T01:02:03+02:00'], 'YYYY-MM-DDTHH:mm:ssZ'],
		[['2011-03-10T16:16:00.123Z'], 'YYYY-MM-DDTHH:mm:ss.SSSZ'],
		[['2011-03-10T16:16'], 'YYYY-MM-DDTHH:mm'],
		[['25/12/2011', '1/2/2011'], 'D/M/YYYY'],
		[['12/25/2011', '1/2/2011'], 'M/D/YYYY'],
		[['1/2/2011', '3/4/2011'], 'M/D/YYYY'],
		[['10/31/11 10:42'], 'M/D/YY H:mm'],
		[['31.10.2011', '1.2.2011'], 'D.M.YYYY'],
		[['01.02.2011'], 'D.M.YYYY'],
		[['31.10.2011 14:05:09'], 'D.M.YYYY H:mm:ss'],
		[['10/31/2011 1:05 PM', '10/31/2011 12:00 AM'], 'M/D/YYYY h:mm A'],
		[['2011-03-10', '2011-03-11 10:00'], 'YYYY-MM-DD[ HH:mm]'],
		[['2011-03-10 10:00', '2011-03-11 10:00:30'], 'YYYY-MM-DD HH:mm[:ss]'],
		[['  2011-03-10 ', '', '   '], 'YYYY-MM-DD']
	])('detectDateFormat(%j) is %s', (samples, pattern) => {
		expect(detectDateFormat(samples)).toBe(pattern);
	});

	test.each([
		[['2011', '2012']],
		[['12345']],
		[['3.5', '1.25']],
		[['abc']],
		[[]],
		[['', ' ']],
		[['2011-03-10', 'tomorrow']],
		[['13/01/2011', '01/13/2011']],
		[['2011-02-30']],
		[['2011-13-01']],
		[['2011-03-10', '10/03/2011']],
		[['10/31/2011 25:00']],
		[['1.2.3']]
	])('detectDateFormat(%j) is null', (samples) => {
		expect(detectDateFormat(samples)).toBeNull();
	});
});

describe('parseDate', () => {
	test("parseDate('10/31/2011 10:42', 'M/D/YYYY H:mm') reads the wall clock as UTC", () => {
		expect(parseDate('10/31/2011 10:42', 'M/D/YYYY H:mm')).toBe(utc(2011, 10, 31, 10, 42));
	});

	test("parseDate('31-10-2011', 'D-M-YYYY') reads day first", () => {
		expect(parseDate('31-10-2011', 'D-M-YYYY')).toBe(utc(2011, 10, 31));
	});

	test("parseDate('2011-03-10 16:16:00', 'YYYY-MM-DD HH:mm:ss')", () => {
		expect(parseDate('2011-03-10 16:16:00', 'YYYY-MM-DD HH:mm:ss')).toBe(utc(2011, 3, 10, 16, 16));
	});

	test('parseDate ignores the offset: +02:00 and Z give the same wall clock', () => {
		const p = 'YYYY-MM-DDTHH:mm:ss.SSSZ';
		expect(parseDate('2011-03-10T16:16:00.5+02:00', p)).toBe(utc(2011, 3, 10, 16, 16, 0, 500));
		expect(parseDate('2011-03-10T16:16:00.123Z', p)).toBe(utc(2011, 3, 10, 16, 16, 0, 123));
		expect(parseDate('2011-03-10T16:16:00.123456-0500', p)).toBe(utc(2011, 3, 10, 16, 16, 0, 123));
	});

	test('parseDate pivots 2-digit years at 68/69 as strptime does', () => {
		expect(parseDate('1/2/68', 'M/D/YY')).toBe(utc(2068, 1, 2));
		expect(parseDate('1/2/69', 'M/D/YY')).toBe(utc(1969, 1, 2));
		expect(parseDate('1/2/00', 'M/D/YY')).toBe(utc(2000, 1, 2));
	});

	test('parseDate reads 12-hour clocks: 12 AM is midnight, 12 PM is noon', () => {
		expect(parseDate('1/2/2011 12:00 AM', 'M/D/YYYY h:mm A')).toBe(utc(2011, 1, 2, 0));
		expect(parseDate('1/2/2011 12:30 pm', 'M/D/YYYY h:mm A')).toBe(utc(2011, 1, 2, 12, 30));
		expect(parseDate('1/2/2011 1:05 PM', 'M/D/YYYY h:mm A')).toBe(utc(2011, 1, 2, 13, 5));
		expect(parseDate('1/2/2011 13:05 PM', 'M/D/YYYY h:mm A')).toBeNaN();
	});

	test('parseDate is NaN for dates that do not exist', () => {
		expect(parseDate('2011-02-29', 'YYYY-MM-DD')).toBeNaN();
		expect(parseDate('2012-02-29', 'YYYY-MM-DD')).toBe(utc(2012, 2, 29));
		expect(parseDate('1900-02-29', 'YYYY-MM-DD')).toBeNaN();
		expect(parseDate('2000-02-29', 'YYYY-MM-DD')).toBe(utc(2000, 2, 29));
		expect(parseDate('2011-04-31', 'YYYY-MM-DD')).toBeNaN();
		expect(parseDate('2011-00-10', 'YYYY-MM-DD')).toBeNaN();
		expect(parseDate('2011-01-10 24:00', 'YYYY-MM-DD HH:mm')).toBeNaN();
		expect(parseDate('2011-01-10 23:60', 'YYYY-MM-DD HH:mm')).toBeNaN();
	});

	test('parseDate is NaN when the text does not match the pattern', () => {
		expect(parseDate('2011-03-10', 'M/D/YYYY')).toBeNaN();
		expect(parseDate('2011-03-10 10:00', 'YYYY-MM-DD')).toBeNaN();
		expect(parseDate('', 'YYYY-MM-DD')).toBeNaN();
		expect(parseDate('2011-03-10', 'not a pattern')).toBeNaN();
	});

	test('parseDate accepts the optional parts of a pattern being absent', () => {
		const p = 'YYYY-MM-DD[ HH:mm[:ss]]';
		expect(parseDate('2011-03-10', p)).toBe(utc(2011, 3, 10));
		expect(parseDate('2011-03-10 10:05', p)).toBe(utc(2011, 3, 10, 10, 5));
		expect(parseDate('2011-03-10 10:05:07', p)).toBe(utc(2011, 3, 10, 10, 5, 7));
	});

	test('parseDate handles years before 1970 and far-off years like Date.UTC', () => {
		expect(parseDate('1969-12-31 23:59:59', 'YYYY-MM-DD HH:mm:ss')).toBe(-1000);
		expect(parseDate('1600-03-01', 'YYYY-MM-DD')).toBe(utc(1600, 3, 1));
		expect(parseDate('2400-12-31', 'YYYY-MM-DD')).toBe(utc(2400, 12, 31));
	});

	test('detectDateFormat then parseDate round-trips any real date in every supported layout', () => {
		const pad = (n: number) => String(n).padStart(2, '0');
		fc.assert(
			fc.property(
				fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2068, 11, 31)), noInvalidDate: true }),
				fc.constantFrom('iso', 'us', 'eu', 'dots', 'us2'),
				(date, layout) => {
					const ms = Math.floor(date.getTime() / 1000) * 1000;
					const d = new Date(ms);
					const [y, m, day, h, mi, s] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
					const time = `${h}:${pad(mi)}:${pad(s)}`;
					// A day > 12 pins the order, as a real column's other rows would.
					const text = {
						iso: `${y}-${pad(m)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
						us: `${m}/${day}/${y} ${time}`,
						eu: `${day}-${m}-${y} ${time}`,
						dots: `${day}.${m}.${y} ${time}`,
						us2: `${m}/${day}/${String(y).slice(2)} ${time}`
					}[layout];
					const pin = { iso: '2000-01-01 00:00:00', us: '1/31/2000 0:00:00', eu: '31-1-2000 0:00:00', dots: '31.1.2000 0:00:00', us2: '1/31/00 0:00:00' }[layout];
					const pattern = detectDateFormat([text, pin]);
					expect(pattern).not.toBeNull();
					expect(parseDate(text, pattern!)).toBe(ms);
				}
			)
		);
	});
});
