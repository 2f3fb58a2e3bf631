// A default segment name from the features that set it apart, in words their meaning allows:
// "Older, higher income, high MntWines", "Mostly Channel 2, high Grocery". Codes and categories are
// never quantities ("high Region" means nothing): they name the category the segment holds more of.
// The analyst can rename segments; this only seeds the name.
import { segmentNumber } from './segmentLabel';
import { featureLabel, formatShare, type Standout } from './standsOut';

/** What naming reads of a distinctive feature (a FeatureProfile fits). */
export type Distinction = Pick<Standout, 'feature' | 'direction'> & Partial<Pick<Standout, 'meaning' | 'category' | 'share'>>;

const age = /\bage\b|(^|_)age(_|$)/i;
const birthYear = /birth|born/i;
const income = /income|salary|wage|earning/i;
const kids = /kid|child/i;
const teens = /teen/i;

/** Name from the first `count` distinctive features (already ordered by |z|); "Typical" when none. */
export function segmentName(distinctive: Distinction[], count = 3): string {
	return nameCandidates(distinctive, count)[0];
}

/**
 * The default name first, then alternatives that swap its last part for each later standout, so
 * two segments that share their strongest features can still differ by name: "Channel 2, high
 * Grocery, high Milk" and "Channel 2, high Grocery, low Fresh".
 */
export function nameCandidates(distinctive: Distinction[], count = 3): string[] {
	const parts: string[] = [];
	for (const d of distinctive) {
		if (d.direction === 'typical') continue;
		const part = namePart(d);
		if (!parts.includes(part)) parts.push(part);
	}
	if (!parts.length) return ['Typical'];
	const head = parts.slice(0, count);
	const names = [head];
	if (head.length === count) for (const part of parts.slice(count)) names.push([...head.slice(0, -1), part]);
	return names.map((p) => {
		const text = p.join(', ');
		return text[0].toUpperCase() + text.slice(1);
	});
}

/** One feature in a few words: "older", "mostly Region 3", "high MntWines". */
export function namePart(d: Distinction): string {
	const high = d.direction === 'high';
	if (d.category) {
		const label = featureLabel(d);
		if (!high) return `few ${label}`;
		const share = d.share?.segment ?? 0;
		return share >= 0.9 ? label : share >= 0.5 ? `mostly ${label}` : `more ${label}`;
	}
	if (d.share) return `${d.feature} ${formatShare(d.share.segment)}`;
	switch (d.meaning) {
		case 'demographic':
			return demographicPart(d.feature, high);
		case 'recency':
			return high ? 'lapsed' : 'recently active';
		case 'tenure':
			return high ? 'long-standing' : 'new customers';
		default:
			return `${high ? 'high' : 'low'} ${d.feature}`;
	}
}

function demographicPart(feature: string, high: boolean): string {
	if (age.test(feature)) return high ? 'older' : 'younger';
	if (birthYear.test(feature)) return high ? 'younger' : 'older';
	if (income.test(feature)) return high ? 'higher income' : 'lower income';
	if (kids.test(feature)) return high ? 'families with young kids' : 'few young kids';
	if (teens.test(feature)) return high ? 'families with teens' : 'few teens';
	return `${high ? 'higher' : 'lower'} ${feature}`;
}

/**
 * One name per segment, unique case-insensitively: each segment (in label order, so the largest
 * chooses first) takes its first candidate not taken yet, else its first with the segment's number
 * as people see it: "Typical", "Typical (segment 3)". `labels` are the engine's 0-based labels.
 */
export function uniqueNames(candidates: (string | string[])[], labels: number[]): string[] {
	const seen = new Set<string>();
	return candidates.map((entry, i) => {
		const list = typeof entry === 'string' ? [entry] : entry;
		const free = list.find((name) => !seen.has(name.toLowerCase()));
		const name = free ?? `${list[0]} (segment ${segmentNumber(labels[i])})`;
		seen.add(name.toLowerCase());
		return name;
	});
}
