import Foundation

/// A reader for the session format that builds a `Session` straight from the bytes, several
/// times faster than JSONDecoder. It gives up (nil) on anything unusual (an unknown key, a
/// type it does not expect, a date it cannot read), and the caller then decodes with
/// JSONDecoder, whose result and error messages are the reference; tests check that both agree.
struct FastSessionReader {
    private let bytes: UnsafeRawBufferPointer
    private var i = 0

    static func read(_ data: Data) -> Session? {
        data.withUnsafeBytes { raw in
            var reader = FastSessionReader(bytes: raw)
            return try? reader.session()
        }
    }

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    struct GiveUp: Error {}

    // MARK: Tokens

    private mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { return }
        }
    }

    private mutating func expect(_ b: UInt8) throws {
        skipSpace()
        guard i < bytes.count, bytes[i] == b else { throw GiveUp() }
        i += 1
    }

    /// Whether the next token is `b` (consumed when it is).
    private mutating func take(_ b: UInt8) -> Bool {
        skipSpace()
        if i < bytes.count, bytes[i] == b {
            i += 1
            return true
        }
        return false
    }

    private mutating func peek() -> UInt8? {
        skipSpace()
        return i < bytes.count ? bytes[i] : nil
    }

    private mutating func string() throws -> String {
        try expect(0x22)
        let start = i
        var simple = true
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 { break }
            if b == 0x5C { simple = false; i += 2; continue }
            if b < 0x20 { throw GiveUp() }
            i += 1
        }
        guard i < bytes.count else { throw GiveUp() }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<i])
        i += 1
        if simple {
            guard let s = String(validating: raw, as: UTF8.self) else { throw GiveUp() }
            return s
        }
        return try unescape(raw)
    }

    private func unescape(_ raw: UnsafeRawBufferPointer) throws -> String {
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        var j = 0
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= raw.count else { throw GiveUp() }
            var v: UInt32 = 0
            for k in at..<at + 4 {
                let c = raw[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw GiveUp()
                }
                v = v * 16 + d
            }
            return v
        }
        while j < raw.count {
            let b = raw[j]
            guard b == 0x5C else { out.append(b); j += 1; continue }
            guard j + 1 < raw.count else { throw GiveUp() }
            let e = raw[j + 1]
            j += 2
            switch e {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4(j)
                j += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    // A surrogate pair, or give up.
                    guard j + 6 <= raw.count, raw[j] == 0x5C, raw[j + 1] == 0x75 else { throw GiveUp() }
                    let low = try hex4(j + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
                }
                guard let u = Unicode.Scalar(scalar) else { throw GiveUp() }
                out.append(contentsOf: Array(String(u).utf8))
            default: throw GiveUp()
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw GiveUp() }
        return s
    }

    /// A JSON number, exactly as the grammar allows: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    /// Returns its text and whether it has a fraction or exponent.
    private mutating func number() throws -> (String, Bool) {
        skipSpace()
        let start = i
        func digit() -> Bool { i < bytes.count && (0x30...0x39).contains(bytes[i]) }
        if i < bytes.count, bytes[i] == 0x2D { i += 1 }
        guard digit() else { throw GiveUp() }
        if bytes[i] == 0x30 { i += 1 } else { while digit() { i += 1 } }
        var real = false
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            guard digit() else { throw GiveUp() }
            while digit() { i += 1 }
            real = true
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard digit() else { throw GiveUp() }
            while digit() { i += 1 }
            real = true
        }
        guard let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) else { throw GiveUp() }
        return (text, real)
    }

    /// An integer with no fraction or exponent.
    private mutating func int() throws -> Int {
        let (text, real) = try number()
        guard !real, text.utf8.count < 18, let v = Int(text) else { throw GiveUp() }
        return v
    }

    private mutating func double() throws -> Double {
        let (text, _) = try number()
        guard let v = Double(text), v.isFinite else { throw GiveUp() }
        return v
    }

    private mutating func bool() throws -> Bool {
        skipSpace()
        if matches("true") { i += 4; return true }
        if matches("false") { i += 5; return false }
        throw GiveUp()
    }

    private func matches(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        return word.withUTF8Buffer { w in (0..<n).allSatisfy { bytes[i + $0] == w[$0] } }
    }

    /// `{ "key": value, ... }`, calling `field` for each key. A key seen twice makes the
    /// field give up (see `once`), since JSONDecoder would keep the first.
    private mutating func object(_ field: (inout FastSessionReader, String) throws -> Void) throws {
        try expect(0x7B)
        if take(0x7D) { return }
        repeat {
            let key = try string()
            try expect(0x3A)
            try field(&self, key)
        } while take(0x2C)
        try expect(0x7D)
    }

    private mutating func array<T>(_ element: (inout FastSessionReader) throws -> T) throws -> [T] {
        try expect(0x5B)
        var out: [T] = []
        if take(0x5D) { return out }
        repeat { out.append(try element(&self)) } while take(0x2C)
        try expect(0x5D)
        return out
    }

    private mutating func date() throws -> Date {
        let s = try string()
        // yyyy-MM-ddTHH:mm:ssZ, the form the session file writes.
        let u = Array(s.utf8)
        guard u.count == 20, u[4] == 0x2D, u[7] == 0x2D, u[10] == 0x54, u[13] == 0x3A, u[16] == 0x3A, u[19] == 0x5A
        else { throw GiveUp() }
        func num(_ a: Int, _ b: Int) throws -> Int {
            var v = 0
            for k in a..<b {
                guard (0x30...0x39).contains(u[k]) else { throw GiveUp() }
                v = v * 10 + Int(u[k] - 0x30)
            }
            return v
        }
        let y = try num(0, 4), mo = try num(5, 7), d = try num(8, 10), h = try num(11, 13), mi = try num(14, 16), se = try num(17, 19)
        guard (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, se < 60, isISODate(String(s.prefix(10))) else { throw GiveUp() }
        // Days since 1970-01-01 (proleptic Gregorian).
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return Date(timeIntervalSince1970: Double(days * 86400 + h * 3600 + mi * 60 + se))
    }

    // MARK: The session

    private mutating func session() throws -> Session {
        var format: String?, version: Int?, title: String?, language: Language?, brandPromise: String?
        var drivers: [Driver]?, facilitator: String?, participants: [String]?, created: Date?, updated: Date?
        var phases: [Phase]?, actions: [ImprovementAction]?, cursor: Cursor?, timebox: Int??, nextID: Int?
        try object { r, key in
            switch key {
            case "format": try once(&format) { try r.string() }
            case "version": try once(&version) { try r.int() }
            case "title": try once(&title) { try r.string() }
            case "language": try once(&language) { try Language(rawValue: r.string()).orGiveUp() }
            case "brandPromise": try once(&brandPromise) { try r.string() }
            case "drivers": try once(&drivers) { try r.array { try $0.driver() } }
            case "facilitator": try once(&facilitator) { try r.string() }
            case "participants": try once(&participants) { try r.array { try $0.string() } }
            case "created": try once(&created) { try r.date() }
            case "updated": try once(&updated) { try r.date() }
            case "phases": try once(&phases) { try r.array { try $0.phase() } }
            case "actions": try once(&actions) { try r.array { try $0.action() } }
            case "cursor": try once(&cursor) { try r.cursor() }
            case "timebox":
                guard timebox == nil else { throw GiveUp() }
                if r.peek() == 0x6E, r.matches("null") { r.i += 4; timebox = .some(nil) } else { timebox = .some(try r.int()) }
            case "nextID": try once(&nextID) { try r.int() }
            default: throw GiveUp()
            }
        }
        skipSpace()
        guard i == bytes.count, let format, let version, let title, let language, let brandPromise, let drivers,
              let facilitator, let participants, let created, let updated, let phases, let actions, let cursor, let nextID
        else { throw GiveUp() }
        var s = Session(journey: Journey(title: title, phases: []), now: created)
        s.format = format
        s.version = version
        s.language = language
        s.brandPromise = brandPromise
        s.drivers = drivers
        s.facilitator = facilitator
        s.participants = participants
        s.created = created
        s.updated = updated
        s.phases = phases
        s.actions = actions
        s.cursor = cursor
        s.timebox = timebox ?? nil
        s.nextID = nextID
        return s
    }

    private mutating func driver() throws -> Driver {
        var name: String?, weight: Double?
        try object { r, key in
            switch key {
            case "name": try once(&name) { try r.string() }
            case "weight": try once(&weight) { try r.double() }
            default: throw GiveUp()
            }
        }
        return Driver(name: try name.orGiveUp(), weight: weight)
    }

    private mutating func cursor() throws -> Cursor {
        var step: String?, lens: Lens?
        try object { r, key in
            switch key {
            case "step": try once(&step) { try r.string() }
            case "lens": try once(&lens) { try Lens(rawValue: r.string()).orGiveUp() }
            default: throw GiveUp()
            }
        }
        return Cursor(step: try step.orGiveUp(), lens: try lens.orGiveUp())
    }

    private mutating func phase() throws -> Phase {
        var id: String?, title: String?, steps: [Step]?
        try object { r, key in
            switch key {
            case "id": try once(&id) { try r.string() }
            case "title": try once(&title) { try r.string() }
            case "steps": try once(&steps) { try r.array { try $0.step() } }
            default: throw GiveUp()
            }
        }
        return Phase(id: try id.orGiveUp(), title: try title.orGiveUp(), steps: try steps.orGiveUp())
    }

    private mutating func step() throws -> Step {
        var id: String?, text: String?, digital: Bool?, note: String?, seconds: Int?, answers: LensResponses?
        try object { r, key in
            switch key {
            case "id": try once(&id) { try r.string() }
            case "text": try once(&text) { try r.string() }
            case "digital": try once(&digital) { try r.bool() }
            case "note": try once(&note) { try r.string() }
            case "seconds": try once(&seconds) { try r.int() }
            case "answers": try once(&answers) { try r.responses() }
            default: throw GiveUp()
            }
        }
        var s = Step(id: try id.orGiveUp(), text: try text.orGiveUp(), digital: try digital.orGiveUp())
        s.note = try note.orGiveUp()
        s.seconds = try seconds.orGiveUp()
        s.answers = try answers.orGiveUp()
        return s
    }

    private mutating func responses() throws -> LensResponses {
        var out = LensResponses(digital: true)
        var found = 0
        try object { r, key in
            guard let lens = Lens(rawValue: key) else { throw GiveUp() }
            let bit = 1 << Lens.allCases.firstIndex(of: lens)!
            guard found & bit == 0 else { throw GiveUp() }
            var answer: Answer?, note: String?
            try r.object { r, key in
                switch key {
                case "answer": try once(&answer) { try Answer(rawValue: r.string()).orGiveUp() }
                case "note": try once(&note) { try r.string() }
                default: throw GiveUp()
                }
            }
            out[lens] = Response(answer: try answer.orGiveUp(), note: try note.orGiveUp())
            found |= bit
        }
        guard found == (1 << Lens.allCases.count) - 1 else { throw GiveUp() }
        return out
    }

    private mutating func action() throws -> ImprovementAction {
        var id: String?, step: String?, lens: Lens??, text: String?, level: ActionLevel?, owner: String?, due: String??
        try object { r, key in
            switch key {
            case "id": try once(&id) { try r.string() }
            case "step": try once(&step) { try r.string() }
            case "lens":
                guard lens == nil else { throw GiveUp() }
                lens = .some(try Lens(rawValue: r.string()).orGiveUp())
            case "text": try once(&text) { try r.string() }
            case "level": try once(&level) { try ActionLevel(rawValue: r.string()).orGiveUp() }
            case "owner": try once(&owner) { try r.string() }
            case "due":
                guard due == nil else { throw GiveUp() }
                due = .some(try r.string())
            default: throw GiveUp()
            }
        }
        return ImprovementAction(id: try id.orGiveUp(), step: try step.orGiveUp(), lens: lens ?? nil, text: try text.orGiveUp(),
                                 level: try level.orGiveUp(), owner: try owner.orGiveUp(), due: due ?? nil)
    }
}

/// Set a field the first time; a second time means a duplicate key: give up.
private func once<T>(_ value: inout T?, _ make: () throws -> T) throws {
    guard value == nil else { throw FastSessionReader.GiveUp() }
    value = try make()
}

extension Optional {
    func orGiveUp() throws -> Wrapped {
        guard let v = self else { throw FastSessionReader.GiveUp() }
        return v
    }
}
