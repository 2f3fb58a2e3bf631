// Share links are bounded and carry no customer rows (issue 11.4 and 11.6).
import { describe, expect, it } from 'vitest';
import { fitKnn } from '../classify/knn';
import { applyFitted } from '../prep/applyFitted';
import { classifierJson } from './build';
import { ModelError } from './parse';
import { decodeShare, encodeShare, maxShareChars, toBase64Url } from './share';
import { smallModel, smallTable } from './testing';

async function deflate(text: string): Promise<string> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

function knnModel() {
	const model = smallModel();
	const X = applyFitted(smallTable(), model.fitted).X;
	model.classifier = classifierJson(fitKnn(X, Int32Array.of(0, 0, 0, 1, 1, 1), { k: 3 }));
	return model;
}

describe('share link limits', () => {
	it('encodeShare(KNN model) is refused: a link never carries training customers', async () => {
		await expect(encodeShare(knnModel())).rejects.toThrow(ModelError);
		await expect(encodeShare(knnModel())).rejects.toThrow('6 training customers');
	});

	it('decodeShare(link that inflates past 5 MB) stops reading and says so', async () => {
		// 8 MB of spaces deflates to a few kB: a small link, a huge model.
		const bomb = await deflate(' '.repeat(8_000_000));
		expect(bomb.length).toBeLessThan(20_000);
		await expect(decodeShare(bomb)).rejects.toThrow('unpacks to more than 5 MB');
	});

	it('decodeShare(link longer than maxShareChars) is refused before decoding', async () => {
		await expect(decodeShare('A'.repeat(maxShareChars + 1))).rejects.toThrow(/longer than a model link may be/);
	});
});
