import Dispatch
import Foundation

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
        let evaluation = Evaluation(design: d, model: RatingScaleModel(thresholds: Array(other[(d.head + d.criteria)...])),
                                    ability: ability, other: other, vTheta: 1 / (priors.ability * priors.ability), full: full)
        // A large fit is evaluated in blocks of candidates at once, each adding into sums over
        // rows of its own, added up in block order afterwards: the same result on any number of
        // cores. A small one is one block.
        let blocks = Self.blocks(d)
        let sums = Sums(full ? d : nil)
        let blockSums = [sums] + blocks.dropFirst().map { _ in sums.withOwnRowSums() }
        defer { blockSums.forEach { $0.deallocate() } }
        let parts = UnsafeMutableBufferPointer<Evaluation.Part>.allocate(capacity: blocks.count)
        defer { parts.deallocate() }
        let output = BlockOutput(parts: parts)
        Self.forEachBlock(blocks.count) { block in
            output.parts[block] = evaluation.add(blocks[block], into: blockSums[block])
        }
        var f = 0.0
        for (block, part) in parts.enumerated() {
            f += part.objective + part.normalisers.log
            if block > 0 { sums.addRowSums(of: blockSums[block]) }
        }
        if full { Self.mirrorTail(sums.tailBlock, d) }
        // Each pair's entry from its runs: scattered adds, in a loop of their own.
        for run in 0..<sums.runVariance.count {
            sums.pairValue[Int(d.runPair[run])] += sums.runVariance[run]
        }
        let vDelta = 1 / (priors.difficulty * priors.difficulty), vLambda = 1 / (priors.severity * priors.severity)
        for q in 0..<d.questions {
            f += 0.5 * other[q] * other[q] * vDelta
        }
        for j in d.questions..<d.head {
            f += 0.5 * other[j] * other[j] * vLambda
        }
        objective = f
        if full {
            for q in 0..<d.questions {
                sums.gradient[q] += other[q] * vDelta
                sums.headDiagonal[q] += vDelta
            }
            for j in d.questions..<d.head {
                sums.gradient[j] += other[j] * vLambda
                sums.headDiagonal[j] += vLambda
            }
        }
        abilityGradient = Array(sums.abilityGradient)
        abilityCurvature = Array(sums.abilityCurvature)
        gradient = Array(sums.gradient)
        headDiagonal = Array(sums.headDiagonal)
        pairValue = Array(sums.pairValue)
        cross = Array(sums.cross)
        tailBlock = Array(sums.tailBlock)
        h = Array(sums.h)
    }

    /// Copies the tail block's upper triangle, which the rows add to, into its lower one (the
    /// criteria's part below the diagonal is zero: a row has one criterion).
    private static func mirrorTail(_ block: UnsafeMutableBufferPointer<Double>, _ d: FacetDesign) {
        let tail = d.tail
        for row in d.criteria..<tail {
            for column in 0..<row {
                block[row * tail + column] = block[column * tail + row]
            }
        }
    }

    /// The candidates in blocks of about equal numbers of rows: one block under 65,536 rows,
    /// else eight (whatever the cores, so that the sums are added in the same order).
    private static func blocks(_ d: FacetDesign) -> [Range<Int>] {
        let count = d.rows < 1 << 16 ? 1 : 8
        var blocks: [Range<Int>] = [], start = 0
        for block in 1...count {
            var end = block == count ? d.candidates : start
            while end < d.candidates, d.rowOffsets[end] < d.rows * block / count { end += 1 }
            blocks.append(start..<end)
            start = end
        }
        return blocks
    }

    /// Runs `work` for blocks 0..<count: on this thread and, where there are more cores, on
    /// threads of their own (libdispatch's pool ran such work one block at a time here). Worker
    /// w takes blocks w, w + workers, …
    private static func forEachBlock(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
        let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
        let done = DispatchGroup()
        for worker in (1..<max(workers, 1)) {
            done.enter()
            Thread {
                for block in stride(from: worker, to: count, by: workers) { work(block) }
                done.leave()
            }.start()
        }
        for block in stride(from: 0, to: count, by: max(workers, 1)) { work(block) }
        done.wait()
    }

    /// What an evaluation reads: the point, and the model at its thresholds.
    private struct Evaluation: Sendable {
        let design: FacetDesign
        let model: RatingScaleModel
        let ability: [Double]
        let other: [Double]
        /// 1/σ_θ².
        let vTheta: Double
        let full: Bool

        /// A block's part of F: its rows' terms and abilities' priors, and their normalisers.
        struct Part {
            var objective = 0.0
            var normalisers = LogProduct()
        }

        /// Adds the rows of `candidates` to `sums` (unless only F is wanted) and returns their part of F.
        func add(_ candidates: Range<Int>, into sums: Sums) -> Part {
            let d = design, full = self.full
            let (abilityGradient, abilityCurvature, gradient, headDiagonal) = (sums.abilityGradient, sums.abilityCurvature, sums.gradient, sums.headDiagonal)
            let (cross, tailBlock, h, runVariance) = (sums.cross, sums.tailBlock, sums.h, sums.runVariance)
            let k = d.thresholds, tail = d.tail, criteriaStart = d.head, thresholdStart = d.head + d.criteria
            var part = Part()
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * (k + 1) + tail) { scratch in
                let p = UnsafeMutableBufferPointer(rebasing: scratch[0...k])
                let atLeast = UnsafeMutableBufferPointer(rebasing: scratch[(k + 1)...(2 * k + 1)])
                let covariance = UnsafeMutableBufferPointer(rebasing: scratch[(2 * k + 2)...(3 * k + 2)])
                // A run's cross-derivatives with its question (and interviewer: the same), by tail column.
                let runCross = UnsafeMutableBufferPointer(rebasing: scratch[(3 * k + 3)...])
                runCross.initialize(repeating: 0)
                for n in candidates {
                    let theta = ability[n]
                    var g = theta * vTheta, curvature = vTheta
                    let tailSlot = Int(full ? d.tailSlot[n] : 0)
                    for run in d.runOffsets[n]..<d.runOffsets[n + 1] {
                        let first = Int(d.runStart[run]), end = Int(d.runStart[run + 1])
                        let q = Int(d.question[first]), j = d.questions + Int(d.interviewer[first])
                        var runResidual = 0.0, runV = 0.0
                        for row in first..<end {
                            let c = criteriaStart + Int(d.criterion[row]), x = Int(d.category[row])
                            let eta = theta - other[q] - other[j] - other[c]
                            let moments = model.moments(eta, p)
                            part.normalisers.multiply(by: moments.scaled)
                            part.objective += moments.shift - Double(x) * eta + model.cumulative[x]
                            guard full else { continue }
                            let residual = moments.mean - Double(x), v = moments.variance
                            g += residual
                            curvature += v
                            runResidual += residual
                            runV += v
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
                            let ct = c - criteriaStart
                            runCross[ct] += v
                            tailBlock[ct * tail + ct] += v
                            // The upper triangle only: the lower one is the same sums (`mirrorTail`).
                            for t in 0..<k {
                                let column = d.criteria + t, value = covariance[t]
                                runCross[column] += value
                                tailBlock[ct * tail + column] += value
                                for u in t..<k {
                                    tailBlock[column * tail + d.criteria + u] += atLeast[u] - atLeast[t] * atLeast[u]
                                }
                            }
                            h[tailSlot + ct] -= v
                            for t in 0..<k {
                                h[tailSlot + d.criteria + t] -= covariance[t]
                            }
                        }
                        guard full else { continue }
                        // The run's entries of its question and interviewer, added once.
                        gradient[q] -= runResidual
                        gradient[j] -= runResidual
                        headDiagonal[q] += runV
                        headDiagonal[j] += runV
                        runVariance[run] = runV
                        h[Int(d.runQuestionSlot[run])] -= runV
                        h[Int(d.runInterviewerSlot[run])] -= runV
                        let tq = q * tail, tj = j * tail
                        for column in 0..<tail {
                            cross[tq + column] += runCross[column]
                            cross[tj + column] += runCross[column]
                            runCross[column] = 0
                        }
                    }
                    part.objective += 0.5 * theta * theta * vTheta
                    if full {
                        abilityGradient[n] = g
                        abilityCurvature[n] = curvature
                    }
                }
            }
            return part
        }
    }

    /// Where the blocks of one evaluation put their parts of F, each at its own index.
    private struct BlockOutput: @unchecked Sendable {
        let parts: UnsafeMutableBufferPointer<Evaluation.Part>
    }

    /// The sum of the rows' log Z, taken as the log of their product: one log per block of rows
    /// instead of one per row. The product is kept as a significand in [1, 2) and a power of two,
    /// so that it neither overflows nor loses precision; each factor is ≥ 1.
    private struct LogProduct {
        private var significand = 1.0
        private var exponent = 0

        mutating func multiply(by factor: Double) {
            // The product is finite and ≥ 1: move its binary exponent out by its bits.
            let bits = (significand * factor).bitPattern
            exponent += Int(bits >> 52) - 1023
            significand = Double(bitPattern: bits & (1 << 52 - 1) | 1023 << 52)
        }

        var log: Double { Foundation.log(significand) + Double(exponent) * Foundation.log(2.0) }
    }

    /// The derivative sums of one evaluation, zeroed, written through raw pointers: the row loop
    /// adds to them tens of times a row, and through Arrays each add paid a uniqueness
    /// (copy-on-write) check and a bounds check. Empty when only F is wanted.
    ///
    /// The sums by candidate (θ's derivatives, `h`, the runs' variances) are written by one block
    /// each, and `pairValue` after the blocks; the sums over all rows have a copy per block
    /// (`withOwnRowSums`), added up after. `@unchecked Sendable`: the blocks of an evaluation
    /// write to disjoint places only.
    private struct Sums: @unchecked Sendable {
        let abilityGradient, abilityCurvature, h, runVariance, pairValue: UnsafeMutableBufferPointer<Double>
        let gradient, headDiagonal, cross, tailBlock: UnsafeMutableBufferPointer<Double>
        /// The sums over rows, in one allocation, and the sums by candidate when this copy owns them.
        private let rowStorage: UnsafeMutableBufferPointer<Double>
        private let candidateStorage: UnsafeMutableBufferPointer<Double>?
        private let design: FacetDesign?

        init(_ design: FacetDesign?) {
            let d = design
            let storage = Self.zeroed([d?.candidates, d?.candidates, d?.hIndex.count, d?.runs, d?.pairQuestion.count].map { $0 ?? 0 })
            self.init(design, byCandidate: Array(storage.parts), owner: storage.all)
        }

        private init(_ design: FacetDesign?, byCandidate: [UnsafeMutableBufferPointer<Double>], owner: UnsafeMutableBufferPointer<Double>?) {
            let d = design
            let storage = Self.zeroed([d?.size, d?.head, d.map { $0.head * $0.tail }, d.map { $0.tail * $0.tail }].map { $0 ?? 0 })
            (gradient, headDiagonal, cross, tailBlock) = (storage.parts[0], storage.parts[1], storage.parts[2], storage.parts[3])
            (abilityGradient, abilityCurvature, h, runVariance, pairValue) = (byCandidate[0], byCandidate[1], byCandidate[2], byCandidate[3], byCandidate[4])
            rowStorage = storage.all
            candidateStorage = owner
            self.design = design
        }

        /// The same sums by candidate, and zeroed sums over rows of its own.
        func withOwnRowSums() -> Sums {
            Sums(design, byCandidate: [abilityGradient, abilityCurvature, h, runVariance, pairValue], owner: nil)
        }

        func addRowSums(of other: Sums) {
            for index in rowStorage.indices { rowStorage[index] += other.rowStorage[index] }
        }

        func deallocate() {
            rowStorage.deallocate()
            candidateStorage?.deallocate()
        }

        /// One zeroed allocation cut into parts of these sizes.
        private static func zeroed(_ sizes: [Int]) -> (all: UnsafeMutableBufferPointer<Double>, parts: [UnsafeMutableBufferPointer<Double>]) {
            let all = UnsafeMutableBufferPointer<Double>.allocate(capacity: sizes.reduce(0, +))
            all.initialize(repeating: 0)
            var start = 0
            let parts = sizes.map { size in
                defer { start += size }
                return UnsafeMutableBufferPointer(rebasing: all[start..<(start + size)])
            }
            return (all, parts)
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
