#!/usr/bin/env python3
"""Reference values for AbilityEstimate (issue 22): one candidate's ability with every other facet
fixed, as scoring.md section 9 estimates it.

An observation is a criterion score x on lo..hi with an offset o = delta_q + lambda_j + gamma_c;
with eta = theta - o and thresholds tau_1..tau_K,

    P(x = lo + m) = exp(m * eta - T_m) / sum_k exp(k * eta - T_k),   T_m = tau_1 + ... + tau_m.

The estimate maximises the penalised log-likelihood

    f(theta) = sum log P(x | theta - o) - theta^2 / (2 sigma^2),   sigma = 2,

(the posterior mode under a N(0, sigma^2) prior) and its SE is 1 / sqrt(I(theta) + 1 / sigma^2),
I(theta) = sum Var(x | theta - o), the analytic Fisher information.

Written with numpy and scipy only, independently of the Swift code: theta is found by
scipy.optimize.minimize_scalar (bounded Brent on -f, which alone resolves theta only to about
1e-7 because f is flat at its top), then polished by scipy.optimize.brentq on the analytic
derivative f'(theta) = sum (x - E[x]) - theta / sigma^2 to 1e-13; the two must agree to 1e-6.
With no observations f is the prior alone: theta = 0, SE = sigma.

Run: python3 scripts/adaptive_reference.py  (prints each case's theta and SE to 10 decimals).
"""
import numpy as np
from scipy import optimize
from scipy.special import logsumexp

SIGMA = 2.0
LO, HI = 1, 4
TAU = np.array([-1.4, 0.1, 1.3])

# (name, thresholds, [(score, offset), ...])
CASES = [
    ("mixed", TAU, [(3, 0.3 - 0.2), (2, 0.3 + 0.2), (4, -0.5 - 0.2), (3, -0.5 + 0.2), (2, 1.1 + 0.25 - 0.2), (1, 1.1 + 0.25 + 0.2)]),
    ("all top", TAU, [(4, 0.0 - 0.2), (4, 0.0 + 0.2), (4, 0.5 - 0.2), (4, 0.5 + 0.2), (4, 1.0 - 0.2), (4, 1.0 + 0.2)]),
    ("all bottom", TAU, [(1, 0.0 - 0.2), (1, 0.0 + 0.2), (1, -0.5 - 0.2), (1, -0.5 + 0.2), (1, -1.0 - 0.2), (1, -1.0 + 0.2)]),
    ("fitted thresholds", np.array([-1.990515, 0.365894, 1.624621]),
     [(4, -0.979431 - 0.739212 - 0.292383), (3, -0.979431 - 0.739212 + 0.292383), (3, 0.153442 + 0.110734 - 0.292383),
      (2, 0.153442 + 0.110734 + 0.292383), (3, -0.562940 + 0.548025 - 0.292383), (3, -0.562940 + 0.548025 + 0.292383),
      (1, 1.021467 + 0.548025 - 0.292383), (2, 1.021467 + 0.548025 + 0.292383)]),
    ("no scores", TAU, []),
]


def log_probabilities(eta, tau):
    """log P(m), m = 0..K, at each eta (rows)."""
    m = np.arange(len(tau) + 1)
    cumulative = np.concatenate([[0.0], np.cumsum(tau)])
    logits = np.outer(eta, m) - cumulative
    return logits - logsumexp(logits, axis=1, keepdims=True)


def penalised(theta, scores, offsets, tau):
    if len(scores) == 0:
        return -theta * theta / (2 * SIGMA**2)
    lp = log_probabilities(theta - offsets, tau)
    return lp[np.arange(len(scores)), scores - LO].sum() - theta * theta / (2 * SIGMA**2)


def moments(theta, offsets, tau):
    p = np.exp(log_probabilities(theta - offsets, tau))
    m = np.arange(len(tau) + 1)
    mean = p @ m
    return mean, p @ (m * m) - mean * mean


def derivative(theta, scores, offsets, tau):
    if len(scores) == 0:
        return -theta / SIGMA**2
    mean, _ = moments(theta, offsets, tau)
    return (scores - LO - mean).sum() - theta / SIGMA**2


def estimate(observations, tau):
    scores = np.array([s for s, _ in observations], dtype=int)
    offsets = np.array([o for _, o in observations], dtype=float)
    coarse = optimize.minimize_scalar(lambda t: -penalised(t, scores, offsets, tau), bounds=(-20, 20), method="bounded",
                                      options={"xatol": 1e-12})
    theta = optimize.brentq(derivative, coarse.x - 1, coarse.x + 1, args=(scores, offsets, tau), xtol=1e-13, rtol=1e-15)
    assert abs(theta - coarse.x) < 1e-6, (theta, coarse.x)
    information = moments(theta, offsets, tau)[1].sum() if len(scores) else 0.0
    return theta, 1 / np.sqrt(information + 1 / SIGMA**2)


if __name__ == "__main__":
    for name, tau, observations in CASES:
        theta, se = estimate(observations, tau)
        print(f"{name}: theta {theta:.10f} se {se:.10f}")
