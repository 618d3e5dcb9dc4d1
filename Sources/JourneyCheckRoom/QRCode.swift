import CQrencode

/// A QR code of the room's address, from Debian's libqrencode (the one place that calls it):
/// the modules as rows of dark (true) and light, with the standard quiet zone of four light
/// modules around.
public enum QRCode {
    public static let quietZone = 4

    public static func modules(_ text: String) -> [[Bool]]? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let n = Int(code.pointee.width)
        let size = n + 2 * quietZone
        var rows = [[Bool]](repeating: [Bool](repeating: false, count: size), count: size)
        for y in 0..<n {
            for x in 0..<n where code.pointee.data[y * n + x] & 1 == 1 {
                rows[y + quietZone][x + quietZone] = true
            }
        }
        return rows
    }
}
