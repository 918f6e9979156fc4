/// F = −log L + the priors (scoring.md §9), with its gradient and Hessian at one point, kept in
/// the shape the model gives it: the ability block is diagonal (each ability depends only on its
/// own rows), so the Newton step eliminates it and solves the Schur complement for the other
/// parameters by conjugate gradients, preconditioned by its diagonal and its small dense tail.
///
/// The sum-zero constraints on criteria and thresholds are kept by solving in reduced
/// coordinates: the last criterion (threshold) is minus the sum of the others.
struct FacetNewtonSystem {
    let design: FacetDesign
    let priors: FacetPriors

    var objective = 0.0
    /// ∂F/∂θ_n and ∂²F/∂θ_n² (D_n).
    var abilityGradient: [Double]
    var abilityCurvature: [Double]
    /// ∂F/∂o, full coordinates.
    var gradient: [Double]
    /// Diagonal of the Hessian over the head (questions, interviewers).
    var headDiagonal: [Double]
    /// Hessian entry of each question-interviewer pair.
    var pairValue: [Double]
    /// Hessian between head and tail, `head × tail`, row-major.
    var cross: [Double]
    /// Hessian of the tail, `tail × tail`.
    var tailBlock: [Double]
    /// ∂²F/∂θ_n∂o at the slots of `design.hIndex`.
    var h: [Double]

    /// Evaluates F and, unless `objectiveOnly`, its derivatives at (θ, o).
    init(design: FacetDesign, priors: FacetPriors, ability: [Double], other: [Double], objectiveOnly: Bool = false) {
        self.design = design
        self.priors = priors
        let d = design
        let full = !objectiveOnly
        abilityGradient = full ? [Double](repeating: 0, count: d.candidates) : []
        abilityCurvature = full ? [Double](repeating: 0, count: d.candidates) : []
        gradient = full ? [Double](repeating: 0, count: d.size) : []
        headDiagonal = full ? [Double](repeating: 0, count: d.head) : []
        pairValue = full ? [Double](repeating: 0, count: d.pairQuestion.count) : []
        cross = full ? [Double](repeating: 0, count: d.head * d.tail) : []
        tailBlock = full ? [Double](repeating: 0, count: d.tail * d.tail) : []
        h = full ? [Double](repeating: 0, count: d.hIndex.count) : []

        let thresholds = Array(other[(d.head + d.criteria)...])
        let model = RatingScaleModel(thresholds: thresholds)
        let k = d.thresholds, tail = d.tail, criteriaStart = d.head, thresholdStart = d.head + d.criteria
        let vTheta = 1 / (priors.ability * priors.ability)
        var f = 0.0
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * (k + 1)) { scratch in
            let p = UnsafeMutableBufferPointer(rebasing: scratch[0...k])
            let atLeast = UnsafeMutableBufferPointer(rebasing: scratch[(k + 1)...(2 * k + 1)])
            let covariance = UnsafeMutableBufferPointer(rebasing: scratch[(2 * k + 2)...])
            for n in 0..<d.candidates {
                let theta = ability[n]
                var g = theta * vTheta, curvature = vTheta
                let tailSlot = Int(full ? d.tailSlot[n] : 0)
                for row in d.rowOffsets[n]..<d.rowOffsets[n + 1] {
                    let q = Int(d.question[row]), j = d.questions + Int(d.interviewer[row])
                    let c = criteriaStart + Int(d.criterion[row]), x = Int(d.category[row])
                    let eta = theta - other[q] - other[j] - other[c]
                    let moments = model.moments(eta, p)
                    f += moments.logZ - Double(x) * eta + model.cumulative[x]
                    guard full else { continue }
                    let residual = moments.mean - Double(x), v = moments.variance
                    g += residual
                    curvature += v
                    gradient[q] -= residual
                    gradient[j] -= residual
                    gradient[c] -= residual
                    // P(m ≥ k) and Cov(m, 1[m ≥ k]), k = 1...K, from the top down.
                    var tailProbability = 0.0, tailMoment = 0.0
                    for m in stride(from: k, through: 1, by: -1) {
                        tailProbability += p[m]
                        tailMoment += Double(m) * p[m]
                        atLeast[m - 1] = tailProbability
                        covariance[m - 1] = tailMoment - moments.mean * tailProbability
                    }
                    for t in 0..<k {
                        gradient[thresholdStart + t] += (x > t ? 1 : 0) - atLeast[t]
                    }
                    headDiagonal[q] += v
                    headDiagonal[j] += v
                    pairValue[Int(d.pair[row])] += v
                    let ct = c - criteriaStart, tq = q * tail, tj = j * tail
                    cross[tq + ct] += v
                    cross[tj + ct] += v
                    tailBlock[ct * tail + ct] += v
                    for t in 0..<k {
                        let column = d.criteria + t, value = covariance[t]
                        cross[tq + column] += value
                        cross[tj + column] += value
                        tailBlock[ct * tail + column] += value
                        tailBlock[column * tail + ct] += value
                        for u in 0..<k {
                            tailBlock[column * tail + d.criteria + u] += atLeast[max(t, u)] - atLeast[t] * atLeast[u]
                        }
                    }
                    h[Int(d.questionSlot[row])] -= v
                    h[Int(d.interviewerSlot[row])] -= v
                    h[tailSlot + ct] -= v
                    for t in 0..<k {
                        h[tailSlot + d.criteria + t] -= covariance[t]
                    }
                }
                f += 0.5 * theta * theta * vTheta
                if full {
                    abilityGradient[n] = g
                    abilityCurvature[n] = curvature
                }
            }
        }
        let vDelta = 1 / (priors.difficulty * priors.difficulty), vLambda = 1 / (priors.severity * priors.severity)
        for q in 0..<d.questions {
            f += 0.5 * other[q] * other[q] * vDelta
        }
        for j in d.questions..<d.head {
            f += 0.5 * other[j] * other[j] * vLambda
        }
        objective = f
        guard full else { return }
        for q in 0..<d.questions {
            gradient[q] += other[q] * vDelta
            headDiagonal[q] += vDelta
        }
        for j in d.questions..<d.head {
            gradient[j] += other[j] * vLambda
            headDiagonal[j] += vLambda
        }
    }

    // MARK: - Reduced coordinates

    /// Size of the reduced vector: head, then C − 1 criteria and K − 1 thresholds.
    var reducedSize: Int { design.head + max(design.criteria - 1, 0) + max(design.thresholds - 1, 0) }

    /// Reduced → full: the last criterion and the last threshold are minus the sum of the others.
    func expand(_ reduced: [Double]) -> [Double] {
        let d = design
        var full = Array(reduced[0..<d.head])
        for (start, count) in [(d.head, d.criteria), (d.head + max(d.criteria - 1, 0), d.thresholds)] where count > 0 {
            let free = reduced[start..<(start + count - 1)]
            full.append(contentsOf: free)
            full.append(-free.reduce(0, +))
        }
        return full
    }

    /// Full → reduced for gradients (the transpose of `expand`).
    func contract(_ full: [Double]) -> [Double] {
        let d = design
        var reduced = Array(full[0..<d.head])
        for (start, count) in [(d.head, d.criteria), (d.head + d.criteria, d.thresholds)] where count > 0 {
            let last = full[start + count - 1]
            for index in start..<(start + count - 1) {
                reduced.append(full[index] - last)
            }
        }
        return reduced
    }

    /// The largest |∂F/∂p| over abilities and the free other parameters.
    var largestGradient: Double {
        let abilities = abilityGradient.reduce(0) { max($0, abs($1)) }
        return contract(gradient).reduce(abilities) { max($0, abs($1)) }
    }

    // MARK: - The Newton step

    /// The Newton direction (Δθ, Δo) of this point, or nil when the solve failed.
    func newtonStep() -> (ability: [Double], other: [Double])? {
        let d = design
        // Right-hand side of the Schur system: g_o − Σ_n h_n g_θn / D_n.
        var rhs = gradient
        for n in 0..<d.candidates {
            let scale = abilityGradient[n] / abilityCurvature[n]
            for slot in d.hOffsets[n]..<d.hOffsets[n + 1] {
                rhs[Int(d.hIndex[slot])] -= h[slot] * scale
            }
        }
        let b = contract(rhs).map { -$0 }
        guard let preconditioner = Preconditioner(self), let solution = conjugateGradients(b, preconditioner) else { return nil }
        let step = expand(solution)
        var abilityStep = [Double](repeating: 0, count: d.candidates)
        for n in 0..<d.candidates {
            var dot = 0.0
            for slot in d.hOffsets[n]..<d.hOffsets[n + 1] {
                dot += h[slot] * step[Int(d.hIndex[slot])]
            }
            abilityStep[n] = -(abilityGradient[n] + dot) / abilityCurvature[n]
        }
        return (abilityStep, step)
    }

    /// The Schur complement times a full vector: (H_oo − Σ_n h_n h_nᵀ / D_n) v.
    func schurProduct(_ v: [Double]) -> [Double] {
        let d = design
        var out = [Double](repeating: 0, count: d.size)
        for a in 0..<d.head {
            out[a] = headDiagonal[a] * v[a]
        }
        for (index, value) in pairValue.enumerated() {
            let q = Int(d.pairQuestion[index]), j = d.questions + Int(d.pairInterviewer[index])
            out[q] += value * v[j]
            out[j] += value * v[q]
        }
        let tail = d.tail
        for a in 0..<d.head {
            var sum = 0.0
            for t in 0..<tail {
                let value = cross[a * tail + t]
                sum += value * v[d.head + t]
                out[d.head + t] += value * v[a]
            }
            out[a] += sum
        }
        for t in 0..<tail {
            for u in 0..<tail {
                out[d.head + t] += tailBlock[t * tail + u] * v[d.head + u]
            }
        }
        for n in 0..<d.candidates {
            var dot = 0.0
            for slot in d.hOffsets[n]..<d.hOffsets[n + 1] {
                dot += h[slot] * v[Int(d.hIndex[slot])]
            }
            let scale = dot / abilityCurvature[n]
            for slot in d.hOffsets[n]..<d.hOffsets[n + 1] {
                out[Int(d.hIndex[slot])] -= h[slot] * scale
            }
        }
        return out
    }

    /// Preconditioned conjugate gradients on the reduced Schur system, to a relative residual of
    /// 1e-10.
    private func conjugateGradients(_ b: [Double], _ preconditioner: Preconditioner) -> [Double]? {
        let size = b.count
        var x = [Double](repeating: 0, count: size)
        var r = b
        let bNorm = b.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard bNorm > 0 else { return x }
        var z = preconditioner.apply(r)
        var p = z
        var rz = zip(r, z).reduce(0) { $0 + $1.0 * $1.1 }
        for _ in 0..<max(4 * size, 200) {
            let ap = contract(schurProduct(expand(p)))
            let pAp = zip(p, ap).reduce(0) { $0 + $1.0 * $1.1 }
            guard pAp > 0, pAp.isFinite else { return nil }
            let alpha = rz / pAp
            for i in 0..<size {
                x[i] += alpha * p[i]
                r[i] -= alpha * ap[i]
            }
            if r.reduce(0, { $0 + $1 * $1 }).squareRoot() <= 1e-10 * bNorm { return x }
            z = preconditioner.apply(r)
            let next = zip(r, z).reduce(0) { $0 + $1.0 * $1.1 }
            let beta = next / rz
            rz = next
            for i in 0..<size {
                p[i] = z[i] + beta * p[i]
            }
        }
        return x
    }

    /// The Schur complement's diagonal over the head and its dense tail block, inverted.
    private struct Preconditioner {
        var headInverse: [Double]
        var tailFactor: SymmetricSolver?
        var head: Int

        init?(_ system: FacetNewtonSystem) {
            let d = system.design
            head = d.head
            var diagonal = system.headDiagonal
            let tail = d.tail
            var block = system.tailBlock
            for n in 0..<d.candidates {
                let curvature = system.abilityCurvature[n]
                let tailStart = Int(d.tailSlot[n])
                for slot in d.hOffsets[n]..<tailStart {
                    diagonal[Int(d.hIndex[slot])] -= system.h[slot] * system.h[slot] / curvature
                }
                for t in 0..<tail {
                    let ht = system.h[tailStart + t] / curvature
                    guard ht != 0 else { continue }
                    for u in 0..<tail {
                        block[t * tail + u] -= ht * system.h[tailStart + u]
                    }
                }
            }
            headInverse = diagonal.map { $0 > 0 ? 1 / $0 : 1 }
            // Reduce the tail block: columns and rows through expand/contract.
            let reducedTail = system.reducedSize - d.head
            guard reducedTail > 0 else { tailFactor = nil; return }
            var reduced = [Double](repeating: 0, count: reducedTail * reducedTail)
            for column in 0..<reducedTail {
                var unit = [Double](repeating: 0, count: system.reducedSize)
                unit[d.head + column] = 1
                let expanded = Array(system.expand(unit)[d.head...])
                var product = [Double](repeating: 0, count: d.size)
                for t in 0..<tail {
                    var sum = 0.0
                    for u in 0..<tail {
                        sum += block[t * tail + u] * expanded[u]
                    }
                    product[d.head + t] = sum
                }
                let contracted = system.contract(product)
                for row in 0..<reducedTail {
                    reduced[row * reducedTail + column] = contracted[d.head + row]
                }
            }
            guard let factor = SymmetricSolver(reduced, size: reducedTail) else { return nil }
            tailFactor = factor
        }

        func apply(_ r: [Double]) -> [Double] {
            var z = [Double](repeating: 0, count: r.count)
            for a in 0..<head {
                z[a] = r[a] * headInverse[a]
            }
            if let tailFactor {
                let solved = tailFactor.solve(Array(r[head...]))
                for (offset, value) in solved.enumerated() {
                    z[head + offset] = value
                }
            }
            return z
        }
    }
}
