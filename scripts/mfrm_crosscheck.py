#!/usr/bin/env python3
"""Cross-checks `interview fit --ratings` against the oracle (scripts/mfrm_reference.py, polished
to the optimum) on random designs the tests do not pin: scales 0-2 to 1-6, one to five criteria,
weights or none, candidates with one rating, an all-top and an all-bottom candidate, a second
group sharing nothing with the first, and other priors. Every estimate, SE, fair score, infit
and outfit must agree within 1e-4, the `extreme` flags exactly, and a refusal by one side must be
a refusal by the other. Exits 1 otherwise.

    python3 scripts/mfrm_crosscheck.py [--seeds 0-60] [--bin .build/debug/interview]
"""
import argparse, csv, json, os, subprocess, sys, tempfile
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mfrm_reference as reference

TOLERANCE = 1e-4


def case(seed):
    """A random design scored by the model: (lo, hi, rows, criterion weights or None, priors)."""
    rng = np.random.default_rng(seed)
    lo = int(rng.choice([0, 1])); hi = lo + int(rng.choice([2, 3, 4, 5]))
    ncrit = int(rng.choice([1, 2, 3, 5]))
    nc = int(rng.integers(3, 60)); nq = int(rng.integers(2, 25)); nj = int(rng.integers(1, 8))
    theta = rng.normal(0, 1.2, nc); delta = rng.normal(0, 0.8, nq); lam = rng.normal(0, 0.5, nj)
    gamma = rng.normal(0, 0.3, ncrit); gamma -= gamma.mean()
    K = hi - lo
    tau = np.sort(rng.normal(0, 1.2, K)); tau -= tau.mean()
    weights = rng.uniform(0.2, 2.0, ncrit) if rng.random() < 0.5 else None
    rows = []
    for n in range(nc):
        for _ in range(int(rng.integers(1, 9))):
            q = int(rng.integers(nq)); j = int(rng.integers(nj))
            for c in range(ncrit):
                if rng.random() < 0.15 and ncrit > 1: continue
                eta = theta[n] - delta[q] - lam[j] - gamma[c]
                cum = np.concatenate([[0.0], np.cumsum(tau)])
                lg = eta * np.arange(K + 1) - cum
                P = np.exp(lg - lg.max()); P /= P.sum()
                rows.append((f"c{n}", f"q{q}", f"j{j}", f"k{c}", lo + int(rng.choice(K + 1, p=P))))
    if rng.random() < 0.35:  # a second block sharing nothing with the first
        for n in range(int(rng.integers(1, 6))):
            for _ in range(int(rng.integers(1, 4))):
                rows.append((f"x{n}", f"xq{int(rng.integers(3))}", "xj", "k0", lo + int(rng.integers(K + 1))))
    if rng.random() < 0.3:
        rows.append(("bottom", "q0", "j0", "k0", lo)); rows.append(("bottom", f"q{nq-1}", "j0", "k0", lo))
    # an all-top candidate now and then
    if rng.random() < 0.5:
        for _ in range(3):
            rows.append(("top", f"q{int(rng.integers(nq))}", f"j{int(rng.integers(nj))}", "k0", hi))
    # one score per candidate, question, interviewer and criterion
    seen = {}
    for r in rows: seen[r[:4]] = r
    rows = list(seen.values())
    if K >= 3 and rng.random() < 0.1:  # a category inside the range never used: both must refuse
        rows = [r[:4] + (r[4] + 1 if r[4] == lo + 1 else r[4],) for r in rows]
    priors = (float(rng.choice([2.0, 1.0, 3.5])), float(rng.choice([1.0, 0.5, 2.0])), float(rng.choice([0.5, 0.25, 1.0])))
    return lo, hi, rows, weights, priors


def run(seed, binary, folder):
    """The largest difference for one random design (0 when both refuse), what it was in, and the rows."""
    lo, hi, rows, weights, priors = case(seed)
    path = os.path.join(folder, f"case{seed}.csv")
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["candidate", "question", "interviewer", "criterion", "score"] + (["weight"] if weights is not None else []))
        for row in rows:
            writer.writerow(list(row) + ([f"{weights[int(row[3][1:])]:.3f}"] if weights is not None else []))
    try:
        data = reference.Data(reference.read_ratings(path), lo, hi, name=path)
        ref, _ = reference.fit(data, sigma_theta=priors[0], sigma_delta=priors[1], sigma_lambda=priors[2], polish=True)
    except (reference.Refusal, SystemExit):
        ref = None
    swift = subprocess.run([binary, "fit", "--ratings", path, "--scale", f"{lo}-{hi}", "--format", "json",
                            "--sigma-ability", str(priors[0]), "--sigma-difficulty", str(priors[1]),
                            "--sigma-severity", str(priors[2])], capture_output=True, text=True)
    if ref is None or swift.returncode != 0:
        agree = ref is None and swift.returncode != 0
        return (0.0 if agree else float("inf")), "both refuse" if agree else f"one refuses: {swift.stderr.strip()}", len(rows)
    out = json.loads(swift.stdout)
    worst = (0.0, "")
    def compare(a, b, what):
        nonlocal worst
        d = float("inf") if (a is None) != (b is None) else (0.0 if a is None else abs(a - b))
        if d > worst[0]:
            worst = (d, what)
    for c in out["candidates"]:
        r = ref["candidates"][c["id"]]
        for mine, theirs in [("ability", "measure"), ("se", "se"), ("fair", "fair"), ("lower", "lower"), ("upper", "upper"),
                             ("infit", "infit"), ("outfit", "outfit")]:
            compare(c.get(mine), r.get(theirs), f"candidate {c['id']} {mine}")
        if c["extreme"] != r["extreme"]:
            worst = (float("inf"), f"candidate {c['id']} extreme")
    for facet, measure in [("questions", "difficulty"), ("interviewers", "severity")]:
        for element in out[facet]:
            r = ref[facet][element["id"]]
            for mine, theirs in [(measure, "measure"), ("se", "se"), ("infit", "infit"), ("outfit", "outfit")]:
                compare(element.get(mine), r.get(theirs), f"{facet} {element['id']} {mine}")
    return worst[0], worst[1], len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="0-60", help="a range of seeds, FIRST-LAST (last excluded)")
    parser.add_argument("--bin", default=".build/debug/interview")
    args = parser.parse_args()
    first, last = (int(x) for x in args.seeds.split("-"))
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(first, last):
            difference, where, rows = run(seed, args.bin, folder)
            ok = difference <= TOLERANCE
            failed += not ok
            print(f"seed {seed}: {rows} rows, largest difference {difference:.1e} ({where}){'' if ok else '  FAILED'}")
    print(f"{last - first - failed} of {last - first} designs agree with the oracle within {TOLERANCE:g}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
