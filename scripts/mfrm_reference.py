#!/usr/bin/env python3
"""Reference fit of the many-facet rating-scale model of scoring.md section 9.

An independent oracle for `interview fit`, written with numpy and scipy only. It minimises the
penalised objective of section 9,

    F = -log L + sum theta^2 / (2 s_theta^2) + sum delta^2 / (2 s_delta^2) + sum lambda^2 / (2 s_lambda^2)

where, for an observation with score x of candidate n, question q, interviewer j, criterion c,

    log P(x = k) / P(x = k - 1) = theta_n - delta_q - lambda_j - gamma_c - tau_k,   k = lo+1..hi,

with sum_c gamma_c = 0 and sum_k tau_k = 0. The constraints are built into the parameter
vector: the last gamma and the last tau are minus the sum of the others, so the free parameters
are theta (one per candidate), delta (per question), lambda (per interviewer), gamma_1..gamma_{C-1}
and tau_1..tau_{K-1}. Each score row is one observation (a criterion score); rows are never
aggregated or weighted.

Estimation: scipy.optimize.minimize(method="L-BFGS-B") with the analytic gradient, on the
parameters divided by the square root of the Hessian diagonal at the start (a fixed Jacobi
rescaling, which changes the path, not the optimum), stopped as soon as every |dF/dp| in the
original parameters is below --gtol (default 1e-6, the criterion of section 9). On large data
L-BFGS-B may stop earlier, when F no longer decreases in double precision: the curvature of F
in gamma and tau grows with the number of observations, so a gradient of 1e-4 there is worth
less than one unit in the last place of F (240,000 rows: it stops near max |dF/dp| = 1e-4, the
estimates within 1e-6 of the optimum); "converged" is then false and stderr says so. With
--polish, Newton steps with the full analytic Hessian (in the free parameters; theta, whose
block is diagonal, eliminated first) follow until every |dF/dp| < 1e-10, so the result is the
optimum to machine precision.

Reported, per section 9:
  - SE of theta, delta, lambda: 1 / sqrt(d^2F/dp^2), the Hessian diagonal with the prior term.
  - infit = sum (x - E)^2 / sum V and outfit = mean (x - E)^2 / V over the element's
    observations (E, V the model mean and variance of the score).
  - fair = lo + sum_c w_c sum_k (k - lo) P(k | theta - gamma_c) (delta = lambda = 0), and the
    interval lower/upper = fair at theta -/+ 1.96 SE. w_c are the `weight` column's values
    (constant per criterion, normalised to sum to 1 over the criteria present); without that
    column, 1/C each.
  - extreme: every score of the candidate is the lowest, or every one the highest, category of
    the fitted scale (see narrowing below).
  - reliability: candidate separation reliability (var theta - mean SE^2) / var theta, var with
    divisor N (the population variance of the estimates, as FACETS' "Populn" and Winsteps).
  - subsets: connected components of the graph in which every observation joins its candidate,
    its question and its interviewer, counting the components that contain candidates.

Categories. Scores must be integers in [--lo, --hi] (default 1..4); any other value is refused.
Fewer than 2 distinct observed scores: refused. When the lowest or highest categories of the
scale are never observed, the scale is narrowed to [min observed, max observed] and the
thresholds are fitted over those categories only (K = max - min thresholds; the fair score,
`extreme` and the output "scale" then refer to the narrowed range; "declared_scale" keeps the
declared one). A category strictly inside the observed range that is never observed is refused:
its threshold pair would not be identified.

Refusals exit with status 2 and one line on stderr.

Usage:
    python3 scripts/mfrm_reference.py RATINGS.csv [--lo 1 --hi 4]
        [--sigma-theta 2 --sigma-delta 1 --sigma-lambda 0.5] [--polish] [--out result.json]
        [--gtol 1e-6] [--maxiter 20000]

CSV header: candidate,question,interviewer,criterion,score[,weight] (any column order; extra
columns are ignored).

Output JSON: {"scale": [lo, hi], "declared_scale": [lo, hi], "priors": {"theta", "delta",
"lambda"}, "observations": n, "max_gradient", "converged" (max_gradient below --gtol, or
below 1e-10 with --polish), "iterations" (L-BFGS-B iterations + Newton steps), "seconds",
"candidates": {id: {"measure", "se", "infit", "outfit", "fair", "lower", "upper", "extreme",
"count"}}, "questions": {id: {"measure", "se", "infit", "outfit", "count"}}, "interviewers":
{same as questions}, "criteria": {id: gamma}, "thresholds": [tau_1..tau_K], "reliability",
"subsets"}. Measures are logits: theta ability, delta difficulty, lambda severity.
"""

import argparse
import csv
import json
import math
import sys
import time

import numpy as np
from scipy import sparse
from scipy.optimize import minimize
from scipy.sparse.csgraph import connected_components
from scipy.sparse.linalg import spsolve

REQUIRED = ("candidate", "question", "interviewer", "criterion", "score")
POLISH_TOLERANCE = 1e-10
Z95 = 1.96


class Refusal(Exception):
    """Input the model cannot be fitted to; the message is one line for stderr."""


# --------------------------------------------------------------------------- input


def read_ratings(path):
    """Rows of the ratings CSV as a dict of column lists (weight None when absent)."""
    try:
        handle = open(path, newline="", encoding="utf-8-sig")
    except OSError as error:
        raise Refusal(f"{path}: cannot read ({error.strerror})")
    with handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in (reader.fieldnames or [])]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise Refusal(f"{path}: header lacks {', '.join(missing)} "
                          f"(need {','.join(REQUIRED)}[,weight])")
        reader.fieldnames = header
        has_weight = "weight" in header
        columns = {name: [] for name in REQUIRED}
        weights = []
        for line, row in enumerate(reader, start=2):
            for name in REQUIRED:
                value = (row.get(name) or "").strip()
                if not value:
                    raise Refusal(f"{path}:{line}: empty {name}")
                columns[name].append(value)
            try:
                columns["score"][-1] = int(columns["score"][-1])
            except ValueError:
                raise Refusal(f"{path}:{line}: score {row['score']!r} is not an integer")
            if has_weight:
                try:
                    weight = float((row.get("weight") or "").strip())
                except ValueError:
                    raise Refusal(f"{path}:{line}: weight {row.get('weight')!r} is not a number")
                if not math.isfinite(weight) or weight < 0:
                    raise Refusal(f"{path}:{line}: weight {weight} is not a non-negative number")
                weights.append(weight)
    if not columns["score"]:
        raise Refusal(f"{path}: no ratings")
    columns["weight"] = weights if has_weight else None
    return columns


def index(values):
    """Sorted distinct ids and each value's position among them."""
    ids, codes = np.unique(np.asarray(values, dtype=object).astype(str), return_inverse=True)
    return [str(i) for i in ids], codes.astype(np.intp)


class Data:
    """Observations as integer index arrays, and the (possibly narrowed) scale."""

    def __init__(self, columns, lo, hi, name="ratings"):
        if lo >= hi:
            raise Refusal(f"scale {lo}-{hi}: lo must be below hi")
        scores = np.asarray(columns["score"], dtype=np.int64)
        outside = scores[(scores < lo) | (scores > hi)]
        if outside.size:
            raise Refusal(f"{name}: score {int(outside[0])} is outside the scale {lo}-{hi}")
        observed = np.unique(scores)
        if observed.size < 2:
            raise Refusal(f"{name}: only score {int(observed[0])} is observed; "
                          f"the model needs at least 2 categories")
        gaps = sorted(set(range(int(observed[0]), int(observed[-1]) + 1)) - set(observed.tolist()))
        if gaps:
            raise Refusal(f"{name}: score {gaps[0]} is never observed, but scores on both sides "
                          f"of it are; its thresholds cannot be estimated")
        self.declared = (lo, hi)
        self.lo, self.hi = int(observed[0]), int(observed[-1])
        self.K = self.hi - self.lo
        self.x = (scores - self.lo).astype(np.intp)  # category 0..K
        self.n = self.x.size
        self.candidates, self.cand = index(columns["candidate"])
        self.questions, self.quest = index(columns["question"])
        self.interviewers, self.judge = index(columns["interviewer"])
        self.criteria, self.crit = index(columns["criterion"])
        self.N, self.Q, self.J, self.C = (len(self.candidates), len(self.questions),
                                          len(self.interviewers), len(self.criteria))
        if columns["weight"] is None:
            self.weights = np.full(self.C, 1.0 / self.C)
        else:
            raw = np.asarray(columns["weight"], dtype=float)
            weights = np.empty(self.C)
            for c, cid in enumerate(self.criteria):
                values = np.unique(raw[self.crit == c])
                if values.size != 1:
                    raise Refusal(f"{name}: criterion {cid} has differing weights "
                                  f"{', '.join(f'{v:g}' for v in values[:3])}")
                weights[c] = values[0]
            if weights.sum() <= 0:
                raise Refusal(f"{name}: the criterion weights sum to 0")
            self.weights = weights / weights.sum()


# --------------------------------------------------------------------------- model


class Model:
    """F, its gradient and Hessian in the free parameters.

    Free parameter vector p = [theta (N), delta (Q), lambda (J), gamma_1..gamma_{C-1},
    tau_1..tau_{K-1}]. The first P_eta entries enter only through eta = theta - delta -
    lambda - gamma = A @ p[:P_eta], with A sparse; tau = M @ p[P_eta:].
    """

    def __init__(self, data, sigma_theta, sigma_delta, sigma_lambda):
        d = self.data = data
        self.offsets = np.cumsum([0, d.N, d.Q, d.J, d.C - 1, d.K - 1])
        self.P_eta = int(self.offsets[4])
        self.P = int(self.offsets[5])
        self.precision = np.concatenate([
            np.full(d.N, 1.0 / sigma_theta ** 2), np.full(d.Q, 1.0 / sigma_delta ** 2),
            np.full(d.J, 1.0 / sigma_lambda ** 2), np.zeros(d.C - 1)])
        rows = [np.arange(d.n)] * 3
        cols = [self.offsets[0] + d.cand, self.offsets[1] + d.quest, self.offsets[2] + d.judge]
        vals = [np.ones(d.n), -np.ones(d.n), -np.ones(d.n)]
        if d.C > 1:
            free = d.crit < d.C - 1  # gamma_c itself: -1; the last criterion: +1 on every free gamma
            rows.append(np.flatnonzero(free))
            cols.append(self.offsets[3] + d.crit[free])
            vals.append(-np.ones(int(free.sum())))
            last = np.flatnonzero(~free)
            rows.append(np.repeat(last, d.C - 1))
            cols.append(self.offsets[3] + np.tile(np.arange(d.C - 1), last.size))
            vals.append(np.ones(last.size * (d.C - 1)))
        self.A = sparse.csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
            shape=(d.n, self.P_eta))
        self.AT = self.A.T.tocsr()
        # tau (K) = M @ free tau (K - 1)
        self.M = np.vstack([np.eye(d.K - 1), -np.ones((1, d.K - 1))]) if d.K > 1 else np.zeros((1, 0))
        self.j = np.arange(d.K + 1, dtype=float)
        # count of observations with x >= m, m = 1..K
        self.at_least = np.array([(d.x >= m).sum() for m in range(1, d.K + 1)], dtype=float)
        self.sum_x = float(d.x.sum())
        self._cache = None

    # parameters ------------------------------------------------------------

    def split(self, p):
        o = self.offsets
        theta, delta, lam = p[o[0]:o[1]], p[o[1]:o[2]], p[o[2]:o[3]]
        gamma_free = p[o[3]:o[4]]
        gamma = np.append(gamma_free, -gamma_free.sum())
        tau = self.M @ p[o[4]:o[5]]
        return theta, delta, lam, gamma, tau

    def start(self):
        """theta = delta = lambda = gamma = 0; tau from the category frequencies."""
        d = self.data
        counts = np.bincount(d.x, minlength=d.K + 1).astype(float)
        tau = np.log(counts[:-1] / counts[1:])
        tau -= tau.mean()
        return np.concatenate([np.zeros(self.P_eta), tau[:-1]])

    # category probabilities ------------------------------------------------

    def probabilities(self, eta, tau):
        """P(category j | eta) and its log, j = 0..K, a row per observation."""
        cumulative = np.concatenate([[0.0], np.cumsum(tau)])
        logits = eta[:, None] * self.j[None, :] - cumulative[None, :]
        logits -= logits.max(axis=1, keepdims=True)
        log_p = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        return np.exp(log_p), log_p

    def moments(self, P):
        expected = P @ self.j
        variance = P @ (self.j ** 2) - expected ** 2
        return expected, variance

    # objective -------------------------------------------------------------

    def value_and_gradient(self, p):
        if self._cache is not None and np.array_equal(self._cache[0], p):
            return self._cache[1], self._cache[2]
        d = self.data
        q = p[:self.P_eta]
        eta = self.A @ q
        tau = self.M @ p[self.P_eta:]
        P, log_p = self.probabilities(eta, tau)
        expected = P @ self.j
        # -log L as a sum of per-observation terms (all >= 0): no cancellation between big sums
        value = -log_p[np.arange(d.n), d.x].sum() + 0.5 * float(self.precision @ (q * q))
        grad = np.empty(self.P)
        grad[:self.P_eta] = self.AT @ (expected - d.x) + self.precision * q
        # dF/dtau_m = #(x >= m) - sum P(J >= m)
        beyond = np.cumsum(P[:, :0:-1], axis=1)[:, ::-1]  # P(J >= m), m = 1..K
        grad[self.P_eta:] = self.M.T @ (self.at_least - beyond.sum(axis=0))
        self._cache = (p.copy(), value, grad)
        return value, grad

    def hessian(self, p):
        """The full Hessian of F in the free parameters (scipy sparse, symmetric)."""
        d = self.data
        q = p[:self.P_eta]
        eta = self.A @ q
        tau = self.M @ p[self.P_eta:]
        P, _ = self.probabilities(eta, tau)
        expected, variance = self.moments(P)
        beyond = np.cumsum(P[:, :0:-1], axis=1)[:, ::-1]  # S_m = P(J >= m)
        j_beyond = np.cumsum((P * self.j)[:, :0:-1], axis=1)[:, ::-1]  # E[J 1(J >= m)]
        cov_j = j_beyond - expected[:, None] * beyond  # Cov(J, 1(J >= m))
        h_eta = (self.AT @ sparse.diags(variance) @ self.A + sparse.diags(self.precision))
        h_cross = -(self.AT @ cov_j) @ self.M  # d2F / dq dtau_free
        sums = beyond.sum(axis=0)
        K = d.K
        mm = np.maximum.outer(np.arange(K), np.arange(K))
        h_tau_full = sums[mm] - beyond.T @ beyond  # Cov(1(J >= m), 1(J >= l)) summed
        h_tau = self.M.T @ h_tau_full @ self.M
        return sparse.bmat([[h_eta, sparse.csr_matrix(h_cross)],
                            [sparse.csr_matrix(h_cross.T), sparse.csr_matrix(h_tau)]]).tocsc()

    def hessian_diagonal(self, p):
        return self.hessian(p).diagonal()


# --------------------------------------------------------------------------- fitting


def lbfgs(model, p0, gtol, maxiter):
    """L-BFGS-B on the Jacobi-rescaled parameters; stops once max |dF/dp| < gtol."""
    scale = 1.0 / np.sqrt(model.hessian_diagonal(p0))
    state = {"iterations": 0, "done": False}

    def fun(z):
        value, grad = model.value_and_gradient(z * scale)
        return value, grad * scale

    def callback(intermediate_result):
        state["iterations"] += 1
        _, grad = model.value_and_gradient(intermediate_result.x * scale)
        if np.max(np.abs(grad), initial=0.0) < gtol:
            state["done"] = True
            raise StopIteration

    result = minimize(fun, p0 / scale, jac=True, method="L-BFGS-B", callback=callback,
                      options={"maxiter": maxiter, "maxcor": 20, "ftol": 0.0,
                               "gtol": 0.0, "maxfun": 20 * maxiter})
    p = result.x * scale
    if not state["done"]:
        state["iterations"] = max(state["iterations"], int(result.nit))
    return p, state["iterations"], result.message


def newton_step(H, grad, n_theta):
    """H^-1 grad. The theta-theta block of H is diagonal (an observation has one candidate), so
    theta is eliminated first and the rest solved densely (the Schur complement)."""
    rest = H.shape[0] - n_theta
    if rest > 4000:
        return spsolve(H, grad)
    H = H.tocsr()
    D = H[:n_theta, :n_theta].diagonal()
    B = H[:n_theta, n_theta:]  # theta x rest, sparse
    R = H[n_theta:, n_theta:].toarray()
    scaled = sparse.diags(1.0 / D) @ B
    S = R - (B.T @ scaled).toarray()
    g1, g2 = grad[:n_theta], grad[n_theta:]
    x2 = np.linalg.solve(S, g2 - B.T @ (g1 / D)) if rest else np.zeros(0)
    x1 = (g1 - B @ x2) / D
    return np.concatenate([x1, x2])


def newton(model, p, tolerance=POLISH_TOLERANCE, max_steps=100):
    """Newton steps with the full Hessian (halving on an increase of F) until max |g| < tol."""
    steps = 0
    value, grad = model.value_and_gradient(p)
    best = np.max(np.abs(grad), initial=0.0)
    while best >= tolerance and steps < max_steps:
        step = newton_step(model.hessian(p), grad, model.data.N)
        t = 1.0
        while True:
            trial = p - t * step
            trial_value, trial_grad = model.value_and_gradient(trial)
            trial_max = np.max(np.abs(trial_grad), initial=0.0)
            if trial_value < value or trial_max < best or t < 1e-4:
                break
            t *= 0.5
        steps += 1
        if trial_value >= value and trial_max >= best:
            break  # no progress left at machine precision
        p, value, grad, best = trial, trial_value, trial_grad, trial_max
    return p, steps


def subsets(data):
    """Connected components (containing candidates) of candidate-question-interviewer links."""
    d = data
    nodes = d.N + d.Q + d.J
    rows = np.concatenate([d.cand, d.cand])
    cols = np.concatenate([d.N + d.quest, d.N + d.Q + d.judge])
    graph = sparse.coo_matrix((np.ones(rows.size), (rows, cols)), shape=(nodes, nodes))
    _, labels = connected_components(graph, directed=False)
    return int(np.unique(labels[:d.N]).size)


def fit(data, sigma_theta=2.0, sigma_delta=1.0, sigma_lambda=0.5, polish=False,
        gtol=1e-6, maxiter=20000):
    began = time.perf_counter()
    model = Model(data, sigma_theta, sigma_delta, sigma_lambda)
    p, iterations, message = lbfgs(model, model.start(), gtol, maxiter)
    newton_steps = 0
    if polish:
        p, newton_steps = newton(model, p)
    seconds = time.perf_counter() - began
    _, grad = model.value_and_gradient(p)
    max_gradient = float(np.max(np.abs(grad), initial=0.0))
    result = summarise(model, p)
    result.update({
        "priors": {"theta": sigma_theta, "delta": sigma_delta, "lambda": sigma_lambda},
        "max_gradient": max_gradient,
        "converged": max_gradient < (POLISH_TOLERANCE if polish else gtol),
        "iterations": int(iterations + newton_steps),
        "seconds": seconds,
    })
    info = {"lbfgs_iterations": iterations, "newton_steps": newton_steps,
            "lbfgs_message": str(message)}
    return result, info


def summarise(model, p):
    d = model.data
    theta, delta, lam, gamma, tau = model.split(p)
    eta = theta[d.cand] - delta[d.quest] - lam[d.judge] - gamma[d.crit]
    P, _ = model.probabilities(eta, tau)
    expected, variance = model.moments(P)
    squared = (d.x - expected) ** 2

    def per(codes, size, prior):
        count = np.bincount(codes, minlength=size).astype(float)
        info = np.bincount(codes, weights=variance, minlength=size)
        se = 1.0 / np.sqrt(info + prior)
        infit = np.bincount(codes, weights=squared, minlength=size) / info
        outfit = np.bincount(codes, weights=squared / variance, minlength=size) / count
        return count, se, infit, outfit

    def fair(measure):
        eta_c = measure[:, None] - gamma[None, :]
        P_c, _ = model.probabilities(eta_c.ravel(), tau)
        means = (P_c @ model.j).reshape(eta_c.shape)
        return d.lo + means @ d.weights

    count, se, infit, outfit = per(d.cand, d.N, model.precision[0])
    fair_score, lower, upper = fair(theta), fair(theta - Z95 * se), fair(theta + Z95 * se)
    low_all = np.bincount(d.cand, weights=(d.x == 0), minlength=d.N) == count
    high_all = np.bincount(d.cand, weights=(d.x == d.K), minlength=d.N) == count
    candidates = {}
    for n, cid in enumerate(d.candidates):
        candidates[cid] = {
            "measure": float(theta[n]), "se": float(se[n]), "infit": float(infit[n]),
            "outfit": float(outfit[n]), "fair": float(fair_score[n]), "lower": float(lower[n]),
            "upper": float(upper[n]), "extreme": bool(low_all[n] or high_all[n]),
            "count": int(count[n])}

    def facet(ids, codes, measure, prior):
        count, se, infit, outfit = per(codes, len(ids), prior)
        return {eid: {"measure": float(measure[i]), "se": float(se[i]),
                      "infit": float(infit[i]), "outfit": float(outfit[i]),
                      "count": int(count[i])} for i, eid in enumerate(ids)}

    variance_theta = float(np.var(theta)) if d.N > 1 else 0.0
    reliability = ((variance_theta - float(np.mean(se ** 2))) / variance_theta
                   if variance_theta > 0 else None)
    return {
        "scale": [d.lo, d.hi],
        "declared_scale": list(d.declared),
        "observations": int(d.n),
        "candidates": candidates,
        "questions": facet(d.questions, d.quest, delta, model.precision[d.N]),
        "interviewers": facet(d.interviewers, d.judge, lam, model.precision[d.N + d.Q]),
        "criteria": {cid: float(gamma[c]) + 0.0 for c, cid in enumerate(d.criteria)},
        "thresholds": [float(t) for t in tau],
        "reliability": reliability,
        "subsets": subsets(d),
    }


# --------------------------------------------------------------------------- CLI


def positive(text):
    value = float(text)
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Reference fit of the many-facet rating-scale model (scoring.md section 9).")
    parser.add_argument("ratings", help="CSV: candidate,question,interviewer,criterion,score[,weight]")
    parser.add_argument("--lo", type=int, default=1)
    parser.add_argument("--hi", type=int, default=4)
    parser.add_argument("--sigma-theta", type=positive, default=2.0)
    parser.add_argument("--sigma-delta", type=positive, default=1.0)
    parser.add_argument("--sigma-lambda", type=positive, default=0.5)
    parser.add_argument("--polish", action="store_true",
                        help="Newton steps with the full Hessian until max |dF/dp| < 1e-10")
    parser.add_argument("--gtol", type=positive, default=1e-6,
                        help="L-BFGS-B stops when max |dF/dp| < GTOL (default 1e-6)")
    parser.add_argument("--maxiter", type=int, default=20000)
    parser.add_argument("--out", help="write the JSON here (default: stdout)")
    args = parser.parse_args(argv)
    try:
        data = Data(read_ratings(args.ratings), args.lo, args.hi, name=args.ratings)
    except Refusal as refusal:
        print(f"mfrm_reference: {refusal}", file=sys.stderr)
        return 2
    result, info = fit(data, args.sigma_theta, args.sigma_delta, args.sigma_lambda,
                       polish=args.polish, gtol=args.gtol, maxiter=args.maxiter)
    print(f"max gradient {result['max_gradient']:.3e}, iterations {result['iterations']} "
          f"(L-BFGS-B {info['lbfgs_iterations']}, Newton {info['newton_steps']}), "
          f"{result['seconds']:.2f} s, {data.n} observations", file=sys.stderr)
    if not result["converged"]:
        target = POLISH_TOLERANCE if args.polish else args.gtol
        print(f"mfrm_reference: not converged to max |dF/dp| < {target:g} "
              f"(L-BFGS-B: {info['lbfgs_message']}); F is at the limit of double precision "
              f"in the thresholds and criteria (curvature ~ observations); --polish takes "
              f"Newton steps instead", file=sys.stderr)
    text = json.dumps(result, indent=1, sort_keys=True) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
