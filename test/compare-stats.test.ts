// The statistical building blocks against reference values (R: pt, pbinom, pbeta, p.adjust,
// t.test(var.equal = FALSE)).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benjaminiHochberg, binomialLower, binomialShareTest, binomialUpper, incompleteBeta, studentTUpper, welchTest } from '../src/compare/stats.js';

// Relative tolerance: several reference values are tiny p-values.
const close = (actual: number, expected: number, tol = 1e-6): void =>
  assert.ok(Math.abs(actual - expected) <= tol * Math.abs(expected) + 1e-15, `${actual} ≠ ${expected}`);

test('regularized incomplete beta matches pbeta', () => {
  close(incompleteBeta(0.3, 2, 5), 0.579825); // pbeta(0.3, 2, 5)
  close(incompleteBeta(0.5, 0.5, 0.5), 0.5);
  close(incompleteBeta(0.9, 10, 3), 0.8891300223); // pbeta(0.9, 10, 3)
  assert.equal(incompleteBeta(0, 2, 3), 0);
  assert.equal(incompleteBeta(1, 2, 3), 1);
  assert.throws(() => incompleteBeta(0.5, 0, 1), RangeError);
});

test("Student's t tail matches pt", () => {
  close(2 * studentTUpper(2.0, 10), 0.07338803, 1e-6); // 2 * pt(-2, 10)
  close(2 * studentTUpper(3.5, 4), 0.02489616); // 2 * pt(-3.5, 4)
  close(studentTUpper(-1, 5), 0.8183913, 1e-6); // pt(1, 5)
  close(studentTUpper(0, 7), 0.5);
  assert.equal(studentTUpper(Infinity, 3), 0);
});

test('binomial tails match pbinom', () => {
  close(binomialUpper(8, 10, 0.5), 0.0546875); // 1 - pbinom(7, 10, .5)
  close(binomialLower(2, 10, 0.5), 0.0546875); // pbinom(2, 10, .5)
  close(binomialUpper(60, 100, 0.5), 0.02844397); // 1 - pbinom(59, 100, .5)
  close(binomialUpper(3, 20, 0.05), 0.07548367); // 1 - pbinom(2, 20, .05)
  assert.equal(binomialUpper(0, 10, 0.3), 1);
  assert.equal(binomialLower(10, 10, 0.3), 1);
});

test('the conditional binomial test compares rates, not counts', () => {
  // Same rate with twice the exposure: not significant.
  assert.ok(binomialShareTest(50, 1000, 100, 2000).p > 0.5);
  // Same counts with twice the exposure on head: head's rate halved.
  assert.ok(binomialShareTest(100, 1000, 100, 2000).p < 0.01);
  // Symmetric: swapping sides gives the same two-sided p-value.
  close(binomialShareTest(30, 500, 60, 500).p, binomialShareTest(60, 500, 30, 500).p);
  assert.equal(binomialShareTest(0, 100, 0, 100).p, 1);
});

test('run-to-run spread (runCv) widens the single-run count test by a factor, not by a shift', () => {
  // Two runs of identical code, measured (compare's RUN_CV comment): 234 vs 148 samples on one
  // line is "certain" for pure Poisson noise, and unremarkable once runs differ by ~10 %.
  assert.ok(binomialShareTest(234, 1000, 148, 1000).p < 1e-4);
  assert.ok(binomialShareTest(234, 1000, 148, 1000, 0.1).p > 0.01);
  // A line made 3x or 6x heavier stays certain.
  assert.ok(binomialShareTest(100, 1000, 300, 1000, 0.1).p < 1e-7);
  assert.ok(binomialShareTest(50, 1000, 300, 1000, 0.1).p < 1e-12);
  // Small counts are still ruled by sampling noise; runCv 0 is the plain test.
  close(binomialShareTest(3, 1000, 9, 1000, 0.1).p, binomialShareTest(3, 1000, 9, 1000).p, 0.15);
  assert.equal(binomialShareTest(30, 500, 60, 500, 0).p, binomialShareTest(30, 500, 60, 500).p);
});

test("Welch's test matches t.test(var.equal = FALSE)", () => {
  // t.test(c(1,2,3,4,5), c(3,4,5,6,9))$p.value
  close(welchTest([1, 2, 3, 4, 5], [3, 4, 5, 6, 9])!.p, 0.09560173, 1e-5);
  // t = 14.2758, df = 6.8351: p = I_{df/(df+t²)}(df/2, 1/2), checked by numerical integration.
  close(welchTest([10.1, 9.8, 10.3, 10.0], [12.2, 11.9, 12.5, 12.1, 12.0])!.p, 2.4337976e-6, 1e-6);
  assert.equal(welchTest([1], [2]), null);
  assert.equal(welchTest([2, 2, 2], [2, 2])?.p, 1);
  assert.equal(welchTest([2, 2, 2], [3, 3])?.p, 0);
});

test('Benjamini–Hochberg matches p.adjust(method = "BH")', () => {
  const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
  [0.02, 0.04, 0.04, 0.02].forEach((e, i) => close(q[i]!, e));
  // p.adjust(c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205), "BH")
  const r = benjaminiHochberg([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205]);
  [0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.08457143, 0.205].forEach((e, i) => close(r[i]!, e));
  assert.deepEqual(benjaminiHochberg([]), []);
});
