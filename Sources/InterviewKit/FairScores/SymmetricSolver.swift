/// A small symmetric positive-definite system solved by its Cholesky factor.
struct SymmetricSolver: Sendable {
    private let size: Int
    /// Lower triangle, row-major.
    private let factor: [Double]

    /// Factors `matrix` (`size × size`, row-major); nil when it is not positive definite.
    init?(_ matrix: [Double], size: Int) {
        var l = [Double](repeating: 0, count: size * size)
        for i in 0..<size {
            for j in 0...i {
                var sum = matrix[i * size + j]
                for k in 0..<j {
                    sum -= l[i * size + k] * l[j * size + k]
                }
                if i == j {
                    guard sum > 0, sum.isFinite else { return nil }
                    l[i * size + i] = sum.squareRoot()
                } else {
                    l[i * size + j] = sum / l[j * size + j]
                }
            }
        }
        self.size = size
        factor = l
    }

    func solve(_ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<size {
            for k in 0..<i {
                y[i] -= factor[i * size + k] * y[k]
            }
            y[i] /= factor[i * size + i]
        }
        for i in stride(from: size - 1, through: 0, by: -1) {
            for k in (i + 1)..<size {
                y[i] -= factor[k * size + i] * y[k]
            }
            y[i] /= factor[i * size + i]
        }
        return y
    }
}
