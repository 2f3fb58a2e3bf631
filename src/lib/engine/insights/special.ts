// Special functions behind the p-values of segment separation: log-gamma (Lanczos), the regularised
// incomplete gamma and beta functions (series and continued fractions, after Numerical Recipes),
// and the survival functions of the F and chi-square distributions built on them.

const lanczos = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
	12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error around 1e-15). */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
	const z = x - 1;
	let sum = lanczos[0];
	for (let i = 1; i < 9; i++) sum += lanczos[i] / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const epsilon = 1e-15;
const tiny = 1e-300;
const maxIterations = 100_000;

/** Regularised lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0, x >= 0. */
export function gammaP(a: number, x: number): number {
	if (!(a > 0) || !(x >= 0)) return Number.NaN;
	if (x === 0) return 0;
	if (x === Infinity) return 1;
	return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), accurate in the far tail. */
export function gammaQ(a: number, x: number): number {
	if (!(a > 0) || !(x >= 0)) return Number.NaN;
	if (x === 0) return 1;
	if (x === Infinity) return 0;
	return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
	let term = 1 / a;
	let sum = term;
	for (let n = 1; n < maxIterations; n++) {
		term *= x / (a + n);
		sum += term;
		if (Math.abs(term) < Math.abs(sum) * epsilon) break;
	}
	return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Q(a, x) by Lentz's continued fraction, for x >= a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
	let b = x + 1 - a;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < maxIterations; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < epsilon) break;
	}
	return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularised incomplete beta I_x(a, b), for a, b > 0 and 0 <= x <= 1. */
export function betaRegularized(x: number, a: number, b: number): number {
	if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
	if (x === 0 || x === 1) return x;
	const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
	// The continued fraction converges fast below the mean of the distribution; use symmetry above it.
	if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
	return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
	const qab = a + b;
	const qap = a + 1;
	const qam = a - 1;
	let c = 1;
	let d = 1 - (qab * x) / qap;
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let h = d;
	for (let m = 1; m < maxIterations; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < epsilon) break;
	}
	return h;
}

/** P(X > f) for X ~ F(d1, d2): I_{d2 / (d2 + d1 f)}(d2 / 2, d1 / 2). NaN for invalid input. */
export function fSurvival(f: number, d1: number, d2: number): number {
	if (Number.isNaN(f) || !(d1 > 0) || !(d2 > 0)) return Number.NaN;
	if (f <= 0) return 1;
	if (f === Infinity) return 0;
	return betaRegularized(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

/** P(X > x) for X ~ chi-square with k degrees of freedom: Q(k / 2, x / 2). */
export function chiSquareSurvival(x: number, k: number): number {
	if (Number.isNaN(x) || !(k > 0)) return Number.NaN;
	if (x <= 0) return 1;
	return gammaQ(k / 2, x / 2);
}
