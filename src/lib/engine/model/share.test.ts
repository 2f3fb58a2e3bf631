import { describe, expect, it } from 'vitest';
import { classifierJson } from './build';
import { fitGaussianNb } from '../classify/naiveBayes';
import { applyFitted } from '../prep/applyFitted';
import { scoreTable } from './score';
import { decodeShare, encodeShare, fromBase64Url, readShareFragment, shareLink, toBase64Url } from './share';
import { smallModel, smallTable } from './testing';

describe('share links', () => {
	it('decodeShare(encodeShare(Naive Bayes model)) gives the same model and the same predictions', async () => {
		const model = smallModel();
		const X = applyFitted(smallTable(), model.fitted).X;
		model.classifier = classifierJson(fitGaussianNb(X, Int32Array.of(0, 0, 0, 1, 1, 1)));
		const encoded = await encodeShare(model);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		const back = await decodeShare(encoded);
		expect(back).toEqual(model);
		expect(Array.from(scoreTable(back, smallTable()).labels)).toEqual(Array.from(scoreTable(model, smallTable()).labels));
	});

	it('decodeShare(link of a model) numbers the segments from 1 = largest', async () => {
		const back = await decodeShare(await encodeShare(smallModel(['Low', 'High'])));
		expect(back.segments.map((s) => [s.number, s.name])).toEqual([
			[1, 'Low'],
			[2, 'High']
		]);
	});

	it('the link carries the model in the fragment of /classify/', async () => {
		const encoded = await encodeShare(smallModel());
		const link = shareLink('https://example.org/segment/', encoded);
		expect(link).toBe(`https://example.org/segment/classify/#model=${encoded}`);
		expect(readShareFragment(new URL(link).hash)).toBe(encoded);
		expect(readShareFragment('#other=1')).toBeNull();
	});

	it('a link cut short fails with a message about the link, not a stack of decoder errors', async () => {
		const encoded = await encodeShare(smallModel());
		await expect(decodeShare(encoded.slice(0, encoded.length / 2))).rejects.toThrow(/does not hold a readable model|not valid JSON/);
		await expect(decodeShare('not*base64')).rejects.toThrow('does not hold a readable model');
	});

	it('toBase64Url / fromBase64Url round-trip every byte value without padding', () => {
		const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
		const text = toBase64Url(bytes);
		expect(text).not.toMatch(/[+/=]/);
		expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes));
	});
});
