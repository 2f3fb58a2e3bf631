// A sorted k-distance curve thinned for drawing: every step-th point and always the last one.
export function thinCurve(values: ArrayLike<number>, maxPoints: number): { x: number; y: number }[] {
	const n = values.length;
	if (n === 0) return [];
	const step = Math.max(1, Math.ceil(n / maxPoints));
	const curve: { x: number; y: number }[] = [];
	for (let i = 0; i < n; i += step) curve.push({ x: i, y: values[i] });
	if (curve[curve.length - 1].x !== n - 1) curve.push({ x: n - 1, y: values[n - 1] });
	return curve;
}
