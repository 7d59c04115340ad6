#!/usr/bin/env python3
"""Derives the count vectors of the phase I reconstruction that are not printed as counts.

Reads ../shared/reference/phase1-published.json (beside the repository) and prints:
  * Tables 2 and 3: the largest number of answering companies (<= 476) and counts per band
    whose percentages round (half up, one decimal) to every printed percentage;
  * Tables 4 and 5: per group the counts out of 476 closest (least squares in percentage points)
    to the printed percentages, and the distance;
  * Table 6/7: a 7x7 transition matrix (row sums = monitor-1 counts, column sums = monitor-3
    counts, sums along each diagonal offset = Table 7 growth counts), found by a deterministic
    local search over 2x2 exchange moves (which keep row and column sums).
The C# reconstruction embeds the printed results; the tests recompute every aggregate independently.
Usage: python3 tools/derive_reconstruction.py [path-to-phase1-published.json]
"""
import itertools, json, os, random, sys
from decimal import Decimal, ROUND_HALF_UP

def rhu(x):
    return float(Decimal(repr(x)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))

def table(d, tid):
    return next(t for t in d['tables'] if t['id'] == tid)

def exact_counts(pcts, n):
    opts = [[c for c in range(n + 1) if rhu(100 * c / n) == p] for p in pcts]
    for combo in itertools.product(*opts):
        if sum(combo) == n:
            return combo
    return None

def closest_counts(pcts, n):
    centre = [round(p * n / 100) for p in pcts]
    best = None
    ranges = [range(max(0, c - 40), c + 41) for c in centre[:-1]]
    for combo in itertools.product(*ranges):
        last = n - sum(combo)
        if last < 0:
            continue
        cs = list(combo) + [last]
        err = sum((100 * c / n - p) ** 2 for c, p in zip(cs, pcts))
        if best is None or err < best[0] - 1e-12:
            best = (err, cs)
    cs = best[1]
    dev = [100 * c / n - p for c, p in zip(cs, pcts)]
    return cs, max(abs(x) for x in dev), sum(abs(x) for x in dev)

def transition(rows, cols, growth):
    k = len(rows)
    m = [[0] * k for _ in range(k)]
    r, c = rows[:], cols[:]
    for i in range(k):  # north-west corner start: satisfies row and column sums
        for j in range(k):
            t = min(r[i], c[j]); m[i][j] += t; r[i] -= t; c[j] -= t
    def err(m):
        g = {}
        for i in range(k):
            for j in range(k):
                g[j - i] = g.get(j - i, 0) + m[i][j]
        return sum(abs(g.get(d, 0) - growth.get(d, 0)) for d in range(-k + 1, k))
    rng = random.Random(20160101)
    e = err(m)
    steps = 0
    while e > 0:
        steps += 1
        a, b = rng.sample(range(k), 2); x, y = rng.sample(range(k), 2)
        if m[a][y] == 0 or m[b][x] == 0:
            continue
        m[a][x] += 1; m[b][y] += 1; m[a][y] -= 1; m[b][x] -= 1
        e2 = err(m)
        if e2 <= e:
            e = e2
        else:
            m[a][x] -= 1; m[b][y] -= 1; m[a][y] += 1; m[b][x] += 1
    return m, steps

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'reference', 'phase1-published.json')
    d = json.load(open(path, encoding='utf-8'))
    for tid in ('tabel-2', 'tabel-3'):
        p = [row['values']['pct'] for row in table(d, tid)['rows'] if row.get('row_type') != 'total']
        n = next(n for n in range(476, 0, -1) if exact_counts(p, n))
        print(tid, 'answered', n, 'counts', list(exact_counts(p, n)))
    for tid in ('tabel-4', 'tabel-5'):
        groups = {}
        for row in table(d, tid)['rows']:
            groups.setdefault(row['group_nl'], []).append(row['values']['pct'])
        for g, p in groups.items():
            cs, mx, sm = closest_counts(p, 476)
            print(tid, g, 'counts', cs, 'max |dev| %.3f pp, sum |dev| %.3f pp' % (mx, sm))
    for t6, t7, label in (('tabel-6', 'tabel-7', 'companies'), ('tabel-26', 'tabel-27', 'self-employed')):
        rows6 = [r for r in table(d, t6)['rows'] if r.get('row_type') != 'total']
        start = [r['values']['m1_n'] for r in rows6]
        end = [r['values']['m3_n'] for r in rows6]
        growth = {r['growth']: r['values']['n'] for r in table(d, t7)['rows'] if r.get('row_type') != 'total'}
        m, steps = transition(start, end, growth)
        print(label, 'transition matrix (rows = monitor 1 A..D, columns = monitor 3 A..D) after', steps, 'moves:')
        for row in m:
            print('   ', row)

main()
