/// Each theme's share of R², the variance of the outcome the themes explain together.
///
/// LMG (Lindeman, Merenda and Gold 1980; the Shapley value of R²): a theme's importance is its
/// gain in R² when it joins a model of the other themes, averaged over every order in which
/// the themes can enter. Exact over all 2^k subsets up to `exactLimit` themes: each subset's R²
/// comes from its parent's Cholesky factor extended by one row (a depth-first walk in which a
/// child adds a theme after the parent's last), so every subset costs O(size²). Above the
/// limit, Johnson's (2000) relative weights, which approximate LMG closely.
public enum RelativeImportance {
    public enum Method: String, Sendable, Codable {
        case lmg, relativeWeights = "relative_weights"
    }

    public static let exactLimit = 15

    public struct Result: Sendable, Equatable {
        public var method: Method
        /// Per theme, in the themes' order; sums to `r2`.
        public var importance: [Double]
        public var r2: Double
    }

    public enum Failure: Error, Equatable {
        /// The themes are linearly dependent: this theme is a combination of those before it.
        case singular(theme: Int, with: [Int])
    }

    public static func compute(_ c: Correlations) throws(Failure) -> Result {
        c.themes.n <= exactLimit ? try lmg(c) : try relativeWeights(c)
    }

    /// R² of every subset of themes, by bit mask; throws when a subset is singular.
    static func allSubsets(_ c: Correlations) throws(Failure) -> [Double] {
        let k = c.themes.n
        var r2 = [Double](repeating: 0, count: 1 << k)
        var l = [Double](repeating: 0, count: k * k)  // row d: the factor's row at depth d
        var z = [Double](repeating: 0, count: k)
        var members = [Int](repeating: 0, count: k)
        let r = c.themes.values, ry = c.outcome
        var failure: Failure?

        func visit(_ depth: Int, _ last: Int, _ mask: Int, _ base: Double) {
            var j = last + 1
            while j < k {
                // The new row of the factor: solve L · x = R[S, j].
                var d = r[j * k + j]
                var zy = ry[j]
                for i in 0..<depth {
                    var s = r[members[i] * k + j]
                    for m in 0..<i { s -= l[i * k + m] * l[depth * k + m] }
                    let x = s / l[i * k + i]
                    l[depth * k + i] = x
                    d -= x * x
                    zy -= x * z[i]
                }
                if d <= 1e-10 {
                    if failure == nil { failure = .singular(theme: j, with: (0..<depth).map { members[$0] }) }
                    return
                }
                let root = d.squareRoot()
                l[depth * k + depth] = root
                let zj = zy / root
                z[depth] = zj
                members[depth] = j
                let value = base + zj * zj
                r2[mask | (1 << j)] = value
                visit(depth + 1, j, mask | (1 << j), value)
                if failure != nil { return }
                j += 1
            }
        }
        visit(0, -1, 0, 0)
        if let failure { throw failure }
        return r2
    }

    static func lmg(_ c: Correlations) throws(Failure) -> Result {
        let k = c.themes.n
        let r2 = try allSubsets(c)
        // Weight of a subset of size s without theme j: s!(k-1-s)!/k!.
        var weight = [Double](repeating: 0, count: k)
        for s in 0..<k {
            var w = 1.0 / Double(k)
            // 1/k · 1/C(k-1, s)
            var choose = 1.0
            for i in 0..<s { choose = choose * Double(k - 1 - i) / Double(i + 1) }
            w /= choose
            weight[s] = w
        }
        var importance = [Double](repeating: 0, count: k)
        for mask in 0..<(1 << k) {
            let size = mask.nonzeroBitCount
            let w = size < k ? weight[size] : 0
            for j in 0..<k where mask & (1 << j) == 0 {
                importance[j] += w * (r2[mask | (1 << j)] - r2[mask])
            }
        }
        return Result(method: .lmg, importance: importance, r2: r2[(1 << k) - 1])
    }

    /// Johnson's relative weights: the themes' orthogonal counterparts Z (R^{1/2}), the outcome
    /// regressed on Z, each theme's share of every Z's contribution.
    static func relativeWeights(_ c: Correlations) throws(Failure) -> Result {
        let k = c.themes.n
        if c.themes.solve(c.outcome) == nil {
            throw .singular(theme: k - 1, with: Array(0..<(k - 1)))
        }
        let (values, vectors) = c.themes.eigen()
        // Λ = V diag(√λ) V'
        var lambda = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            for j in 0..<k {
                var s = 0.0
                for m in 0..<k { s += vectors[i * k + m] * max(values[m], 0).squareRoot() * vectors[j * k + m] }
                lambda[i * k + j] = s
            }
        }
        let beta = SymmetricMatrix(n: k, values: lambda).solve(c.outcome) ?? []
        var importance = [Double](repeating: 0, count: k)
        for j in 0..<k {
            var s = 0.0
            for m in 0..<k { s += lambda[j * k + m] * lambda[j * k + m] * beta[m] * beta[m] }
            importance[j] = s
        }
        return Result(method: .relativeWeights, importance: importance, r2: importance.reduce(0, +))
    }
}
