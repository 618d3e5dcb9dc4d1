/// Small dense linear algebra for the driver analysis: symmetric positive definite systems up
/// to a few dozen rows (the themes of a survey), solved by Cholesky, and a symmetric
/// eigen-decomposition (Jacobi) for Johnson's relative weights. At these sizes a hand-written
/// routine beats a call into LAPACK (see the README's Performance section).
public struct SymmetricMatrix: Sendable, Equatable {
    public let n: Int
    public var values: [Double]

    public init(n: Int, values: [Double]) {
        self.n = n
        self.values = values
    }

    public subscript(i: Int, j: Int) -> Double {
        get { values[i * n + j] }
        set { values[i * n + j] = newValue }
    }

    /// The sub-matrix of the rows and columns in `indices`.
    public func sub(_ indices: [Int]) -> SymmetricMatrix {
        var v = [Double](repeating: 0, count: indices.count * indices.count)
        for (a, i) in indices.enumerated() {
            for (b, j) in indices.enumerated() { v[a * indices.count + b] = self[i, j] }
        }
        return SymmetricMatrix(n: indices.count, values: v)
    }

    /// Solve `self · x = b` by Cholesky; nil when the matrix is not positive definite (a
    /// theme that is a combination of others).
    public func solve(_ b: [Double], tolerance: Double = 1e-10) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            var d = self[j, j]
            for k in 0..<j { d -= l[j * n + k] * l[j * n + k] }
            if d <= tolerance { return nil }
            let root = d.squareRoot()
            l[j * n + j] = root
            for i in (j + 1)..<max(j + 1, n) {
                var s = self[i, j]
                for k in 0..<j { s -= l[i * n + k] * l[j * n + k] }
                l[i * n + j] = s / root
            }
        }
        var y = b
        for i in 0..<n {
            var s = y[i]
            for k in 0..<i { s -= l[i * n + k] * y[k] }
            y[i] = s / l[i * n + i]
        }
        var x = y
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = x[i]
            for k in (i + 1)..<max(i + 1, n) { s -= l[k * n + i] * x[k] }
            x[i] = s / l[i * n + i]
        }
        return x
    }

    /// Eigenvalues and eigenvectors (columns of `vectors`, row-major), by cyclic Jacobi.
    public func eigen() -> (values: [Double], vectors: [Double]) {
        var a = values
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { off += a[i * n + j] * a[i * n + j] } }
            if off < 1e-22 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where abs(a[p * n + q]) > 1e-300 {
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }
}

/// Correlations of the outcome and the themes, from complete rows.
public struct Correlations: Sendable {
    /// Themes × themes.
    public var themes: SymmetricMatrix
    /// Each theme with the outcome.
    public var outcome: [Double]
    /// Which columns are constant (no variance): the outcome first, then each theme.
    public var constant: [Bool]

    /// `rows[i]` is one respondent: the outcome, then the themes.
    public init(_ columns: [[Double]], rows: [Int]? = nil) {
        let k = columns.count
        let index = rows ?? Array(0..<(columns.first?.count ?? 0))
        let m = Double(index.count)
        var means = [Double](repeating: 0, count: k)
        for c in 0..<k {
            var s = 0.0
            let col = columns[c]
            for r in index { s += col[r] }
            means[c] = s / m
        }
        var cov = [Double](repeating: 0, count: k * k)
        var centred = [[Double]](repeating: [], count: k)
        for c in 0..<k {
            let col = columns[c], mean = means[c]
            centred[c] = index.map { col[$0] - mean }
        }
        for a in 0..<k {
            for b in a..<k {
                var s = 0.0
                let x = centred[a], y = centred[b]
                for i in 0..<x.count { s += x[i] * y[i] }
                cov[a * k + b] = s
                cov[b * k + a] = s
            }
        }
        constant = (0..<k).map { cov[$0 * k + $0] <= 1e-12 * max(1, m) }
        let sd = (0..<k).map { cov[$0 * k + $0].squareRoot() }
        let t = k - 1
        var r = [Double](repeating: 0, count: t * t)
        var ry = [Double](repeating: 0, count: t)
        for a in 0..<t {
            ry[a] = sd[0] > 0 && sd[a + 1] > 0 ? cov[a + 1] / (sd[0] * sd[a + 1]) : 0
            for b in 0..<t {
                let x = a + 1, y = b + 1
                r[a * t + b] = sd[x] > 0 && sd[y] > 0 ? cov[x * k + y] / (sd[x] * sd[y]) : (a == b ? 1 : 0)
            }
        }
        themes = SymmetricMatrix(n: t, values: r)
        outcome = ry
    }

    /// R² of the outcome on a subset of themes; nil when they are linearly dependent.
    public func r2(_ subset: [Int]) -> Double? {
        if subset.isEmpty { return 0 }
        let b = subset.map { outcome[$0] }
        guard let x = themes.sub(subset).solve(b) else { return nil }
        var s = 0.0
        for i in 0..<b.count { s += b[i] * x[i] }
        return s
    }

    /// The standardized coefficients of the full model; nil when singular.
    public func betas() -> [Double]? { themes.solve(outcome) }
}
