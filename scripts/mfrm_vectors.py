#!/usr/bin/env python3
"""Test vectors for the many-facet fit (scoring.md section 9), from scripts/mfrm_reference.py.

    python3 scripts/mfrm_vectors.py            # (re)writes Tests/InterviewKitTests/FairScores/FacetVectors/
    python3 scripts/mfrm_vectors.py --bench 5000 --out /tmp/mfrm-5000.csv
                                               # a benchmark CSV: 5,000 candidates x 48 ratings

Each case NAME gets NAME.csv (header candidate,question,interviewer,criterion,score,weight;
criteria correctness 0.6 and depth 0.4, scale 1-4) and NAME.json, the reference fit with
--polish and the default priors (2, 1, 0.5), every |dF/dp| < 1e-10. In the JSON, "seconds" is
written as 0 so that a rerun gives the same files. Data are simulated from the model with
numpy's default_rng and fixed seeds, so the files are deterministic.

Cases:
  spec9         section 9's own 6-candidate vector; the fit is checked against the values
                printed there (to 1e-5) before anything is written.
  many200       200 candidates, 40 questions, 8 interviewers; each candidate meets 2 or 3
                interviewers on 4 questions, each question rated by 2 of them (3,200 rows).
                Truth: theta ~ N(0, 1), delta ~ N(0, 0.7), lambda ~ N(0, 0.4), gamma
                (-0.2, 0.2), tau (-1.4, 0.1, 1.3).
  extreme       30 candidates; c07 scored 4 everywhere, c19 scored 1 everywhere (both extreme,
                with finite measures); no other candidate extreme.
  disconnected  two groups (12 and 10 candidates) sharing no question and no interviewer:
                subsets = 2.
  narrow        score 1 never used (observed 2..4): the scale narrows to 2-4, two thresholds.

Bench mode: N candidates, each rated by a panel of 3 of 40 interviewers on 8 questions drawn
from a 500-question bank, on 2 criteria: 48 rows per candidate.
"""

import argparse
import csv
import json
import os
import sys

import numpy as np

sys.dont_write_bytecode = True  # no __pycache__ left in scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mfrm_reference as reference  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "InterviewKitTests", "FairScores", "FacetVectors")
CRITERIA = (("correctness", 0.6), ("depth", 0.4))
LO, HI = 1, 4
HEADER = ["candidate", "question", "interviewer", "criterion", "score", "weight"]

SPEC9 = """
c1 q5 ann c 4; c1 q5 ann d 3; c1 q5 cal c 3; c1 q5 cal d 4; c1 q3 ann c 3; c1 q3 ann d 3; c1 q2 bob c 4;
c1 q2 bob d 3; c2 q5 ann c 4; c2 q5 ann d 4; c2 q2 cal c 3; c2 q2 cal d 2; c2 q2 bob c 2; c2 q2 bob d 3;
c2 q3 bob c 3; c2 q3 bob d 2; c3 q4 cal c 1; c3 q4 cal d 2; c3 q4 ann c 3; c3 q4 ann d 2; c3 q5 bob c 2;
c3 q5 bob d 2; c3 q2 ann c 4; c3 q2 ann d 4; c4 q2 cal c 2; c4 q2 cal d 2; c4 q5 bob c 3; c4 q5 bob d 3;
c4 q3 ann c 3; c4 q3 ann d 3; c5 q2 cal c 3; c5 q2 cal d 2; c5 q2 bob c 2; c5 q2 bob d 2; c5 q1 cal c 1;
c5 q1 cal d 1; c5 q5 bob c 3; c5 q5 bob d 4; c5 q5 ann c 3; c5 q5 ann d 2; c6 q4 ann c 4; c6 q4 ann d 4;
c6 q4 cal c 3; c6 q4 cal d 2; c6 q2 bob c 4; c6 q2 bob d 2; c6 q3 cal c 3; c6 q3 cal d 2
"""

# Section 9's printed results: candidate -> (theta, SE, fair, lower, upper, infit, outfit)
SPEC9_CANDIDATES = {
    "c1": (0.988696, 0.515854, 3.000704, 2.445162, 3.486598, 0.590969, 0.590674),
    "c2": (0.353878, 0.482597, 2.647848, 2.162838, 3.166471, 0.542856, 0.544637),
    "c3": (-0.440827, 0.477223, 2.234598, 1.824341, 2.725829, 1.160064, 1.144827),
    "c4": (-0.045370, 0.533739, 2.433150, 1.941131, 3.007300, 0.208638, 0.209178),
    "c5": (-0.615550, 0.447803, 2.151870, 1.778209, 2.597505, 1.009743, 0.975105),
    "c6": (1.046428, 0.479616, 3.032172, 2.513302, 3.481386, 0.728865, 0.738953),
}
SPEC9_QUESTIONS = {"q1": (1.021467, 0.780734), "q2": (-0.562940, 0.328166),
                   "q3": (0.153442, 0.437377), "q4": (0.045648, 0.449989),
                   "q5": (-0.979431, 0.360499)}
SPEC9_INTERVIEWERS = {"ann": (-0.739212, 0.294096), "bob": (0.110734, 0.283112),
                      "cal": (0.548025, 0.291743)}
SPEC9_CRITERIA = {"correctness": -0.292383, "depth": 0.292383}
SPEC9_THRESHOLDS = (-1.990515, 0.365894, 1.624621)


# --------------------------------------------------------------------------- helpers


def spec9_rows():
    names = {"c": "correctness", "d": "depth"}
    rows = []
    for item in SPEC9.replace("\n", " ").split(";"):
        cand, quest, judge, crit, score = item.split()
        rows.append((cand, quest, judge, names[crit], int(score)))
    return rows


def simulate(rng, design, theta, delta, lam, gamma, tau):
    """Scores 1..4 for design rows (candidate, question, interviewer, criterion) of indices."""
    design = np.asarray(design, dtype=np.intp)
    eta = theta[design[:, 0]] - delta[design[:, 1]] - lam[design[:, 2]] - gamma[design[:, 3]]
    cumulative = np.concatenate([[0.0], np.cumsum(tau)])
    logits = eta[:, None] * np.arange(len(tau) + 1)[None, :] - cumulative[None, :]
    P = np.exp(logits - logits.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    u = rng.random(len(design))
    return LO + (u[:, None] > np.cumsum(P, axis=1)[:, :-1]).sum(axis=1)


def labelled(design, scores, cand_ids, quest_ids, judge_ids):
    return [(cand_ids[c], quest_ids[q], judge_ids[j], CRITERIA[k][0], int(s))
            for (c, q, j, k), s in zip(design, scores)]


def panel_design(rng, n_candidates, n_questions, n_interviewers, questions_each,
                 meets=(2, 3), panel=2, question_offset=0, interviewer_offset=0,
                 candidate_offset=0):
    """Each candidate meets 2-3 interviewers on some questions; each question rated by `panel`
    of them (rotating, so that every interviewer met rates something), on both criteria."""
    design = []
    for n in range(n_candidates):
        k = int(rng.integers(meets[0], meets[1] + 1))
        judges = rng.choice(n_interviewers, size=k, replace=False) + interviewer_offset
        questions = rng.choice(n_questions, size=questions_each, replace=False) + question_offset
        for i, q in enumerate(questions):
            raters = [judges[(i + r) % k] for r in range(min(panel, k))]
            for j in raters:
                for c in range(len(CRITERIA)):
                    design.append((n + candidate_offset, int(q), int(j), c))
    return design


def ids(prefix, count, width=None):
    width = width or len(str(count))
    return [f"{prefix}{i + 1:0{width}d}" for i in range(count)]


def write_csv(path, rows):
    weights = dict(CRITERIA)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        for cand, quest, judge, crit, score in rows:
            writer.writerow([cand, quest, judge, crit, score, f"{weights[crit]:g}"])


def fit_file(path):
    data = reference.Data(reference.read_ratings(path), LO, HI, name=os.path.basename(path))
    result, _ = reference.fit(data, polish=True)
    result["seconds"] = 0.0
    if result["max_gradient"] >= reference.POLISH_TOLERANCE:
        raise SystemExit(f"{path}: polish stopped at max gradient {result['max_gradient']:.2e}")
    return result


def write_case(name, rows, check=None):
    csv_path = os.path.join(OUT, name + ".csv")
    write_csv(csv_path, rows)
    result = fit_file(csv_path)
    if check:
        check(result)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
        handle.write(json.dumps(result, indent=1, sort_keys=True) + "\n")
    extreme = sorted(c for c, v in result["candidates"].items() if v["extreme"])
    print(f"{name}: {len(rows)} rows, {len(result['candidates'])} candidates, "
          f"{len(result['questions'])} questions, {len(result['interviewers'])} interviewers, "
          f"scale {result['scale']}, subsets {result['subsets']}, extreme {extreme or '-'}, "
          f"max gradient {result['max_gradient']:.1e}", file=sys.stderr)


def truth(rng, n_candidates, n_questions, n_interviewers, mean_theta=0.0):
    return (rng.normal(mean_theta, 1.0, n_candidates), rng.normal(0.0, 0.7, n_questions),
            rng.normal(0.0, 0.4, n_interviewers), np.array([-0.2, 0.2]),
            np.array([-1.4, 0.1, 1.3]))


# --------------------------------------------------------------------------- checks


def check_spec9(result):
    worst = 0.0
    for cid, expected in SPEC9_CANDIDATES.items():
        got = result["candidates"][cid]
        keys = ("measure", "se", "fair", "lower", "upper", "infit", "outfit")
        worst = max(worst, *(abs(got[k] - e) for k, e in zip(keys, expected)))
    for facet, table in (("questions", SPEC9_QUESTIONS), ("interviewers", SPEC9_INTERVIEWERS)):
        for eid, (measure, se) in table.items():
            got = result[facet][eid]
            worst = max(worst, abs(got["measure"] - measure), abs(got["se"] - se))
    worst = max(worst, *(abs(result["criteria"][c] - g) for c, g in SPEC9_CRITERIA.items()))
    worst = max(worst, *(abs(a - b) for a, b in zip(result["thresholds"], SPEC9_THRESHOLDS)))
    if worst > 1e-5:
        raise SystemExit(f"spec9: the reference misses section 9's vector by {worst:.2e}")
    print(f"spec9: matches section 9 within {worst:.1e}", file=sys.stderr)


def check_extreme(top, bottom):
    def check(result):
        flagged = sorted(c for c, v in result["candidates"].items() if v["extreme"])
        if flagged != sorted([top, bottom]):
            raise SystemExit(f"extreme: flagged {flagged}, expected {top} and {bottom}")
        for cid in flagged:
            if not np.isfinite(result["candidates"][cid]["measure"]):
                raise SystemExit(f"extreme: {cid} has no finite measure")
    return check


def check_subsets(expected):
    def check(result):
        if result["subsets"] != expected:
            raise SystemExit(f"subsets {result['subsets']}, expected {expected}")
    return check


def check_narrow(result):
    if result["scale"] != [2, 4] or len(result["thresholds"]) != 2:
        raise SystemExit(f"narrow: scale {result['scale']}, thresholds {result['thresholds']}")
    if any(v["extreme"] for v in result["candidates"].values()):
        raise SystemExit("narrow: a candidate is extreme (the case should pin thresholds only)")


# --------------------------------------------------------------------------- cases


def case_many200():
    rng = np.random.default_rng(20200)
    N, Q, J = 200, 40, 8
    theta, delta, lam, gamma, tau = truth(rng, N, Q, J)
    design = panel_design(rng, N, Q, J, questions_each=4)
    scores = simulate(rng, design, theta, delta, lam, gamma, tau)
    return labelled(design, scores, ids("c", N, 3), ids("q", Q, 2), ids("i", J))


def case_extreme():
    rng = np.random.default_rng(30030)
    N, Q, J = 30, 10, 4
    theta, delta, lam, gamma, tau = truth(rng, N, Q, J)
    design = panel_design(rng, N, Q, J, questions_each=3)
    scores = simulate(rng, design, theta, delta, lam, gamma, tau)
    cand = np.array([row[0] for row in design])
    scores[cand == 6] = HI   # c07
    scores[cand == 18] = LO  # c19
    return labelled(design, scores, ids("c", N, 2), ids("q", Q, 2), ids("i", J)), "c07", "c19"


def case_disconnected():
    rng = np.random.default_rng(40040)
    sizes = (12, 10)
    Q, J = 6, 3
    theta, delta, lam, gamma, tau = truth(rng, sum(sizes), 2 * Q, 2 * J)
    design = (panel_design(rng, sizes[0], Q, J, questions_each=3)
              + panel_design(rng, sizes[1], Q, J, questions_each=3, question_offset=Q,
                             interviewer_offset=J, candidate_offset=sizes[0]))
    scores = simulate(rng, design, theta, delta, lam, gamma, tau)
    questions = [f"qa{i + 1}" for i in range(Q)] + [f"qb{i + 1}" for i in range(Q)]
    judges = [f"a{i + 1}" for i in range(J)] + [f"b{i + 1}" for i in range(J)]
    candidates = [f"a{i + 1:02d}" for i in range(sizes[0])] + [f"b{i + 1:02d}" for i in range(sizes[1])]
    return labelled(design, scores, candidates, questions, judges)


def case_narrow():
    rng = np.random.default_rng(50050)
    N, Q, J = 12, 6, 3
    theta, delta, lam, gamma, tau = truth(rng, N, Q, J, mean_theta=1.0)
    design = panel_design(rng, N, Q, J, questions_each=3)
    scores = simulate(rng, design, theta, delta, lam, gamma, tau)
    scores[scores == 1] = 2  # score 1 never used
    return labelled(design, scores, ids("c", N, 2), ids("q", Q), ids("i", J))


def write_vectors():
    os.makedirs(OUT, exist_ok=True)
    write_case("spec9", spec9_rows(), check_spec9)
    write_case("many200", case_many200())
    rows, top, bottom = case_extreme()
    write_case("extreme", rows, check_extreme(top, bottom))
    write_case("disconnected", case_disconnected(), check_subsets(2))
    write_case("narrow", case_narrow(), check_narrow)


def write_bench(n_candidates, path, seed=60060):
    rng = np.random.default_rng(seed)
    Q, J, questions_each, panel = 500, 40, 8, 3
    theta, delta, lam, gamma, tau = truth(rng, n_candidates, Q, J)
    design = np.empty((n_candidates * questions_each * panel * len(CRITERIA), 4), dtype=np.intp)
    row = 0
    for n in range(n_candidates):
        judges = rng.choice(J, size=panel, replace=False)
        questions = rng.choice(Q, size=questions_each, replace=False)
        for q in questions:
            for j in judges:
                for c in range(len(CRITERIA)):
                    design[row] = (n, q, j, c)
                    row += 1
    scores = simulate(rng, design, theta, delta, lam, gamma, tau)
    width = len(str(n_candidates))
    write_csv(path, labelled(design, scores, ids("c", n_candidates, width), ids("q", Q, 3),
                             ids("i", J, 2)))
    print(f"bench: {len(design)} rows, {n_candidates} candidates -> {path}", file=sys.stderr)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=int, metavar="N",
                        help="write a benchmark CSV of N candidates x 48 ratings instead")
    parser.add_argument("--out", help="the benchmark CSV's path (with --bench)")
    args = parser.parse_args(argv)
    if args.bench is not None:
        if args.bench < 1 or not args.out:
            parser.error("--bench needs N >= 1 and --out PATH")
        write_bench(args.bench, args.out)
    else:
        write_vectors()
    return 0


if __name__ == "__main__":
    sys.exit(main())
